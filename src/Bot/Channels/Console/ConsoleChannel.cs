using System.Collections.Concurrent;
using SchoolSupport.Bot.Delivery;
using SchoolSupport.Bot.Hosting;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Channels.Console;

/// <summary>
/// The local channel: prints what the bot sends, numbering buttons so they can be pressed by typing the
/// number, and saving files to the data folder. Needs no token and no network.
/// </summary>
internal sealed class ConsoleChannel(ConsoleIo io, ConsolePersonas personas, StorageOptions storage, StoredFiles files) : IChannel
{
    public const string ChannelName = "console";
    private readonly ConcurrentDictionary<long, int> lastMessageId = new();
    private readonly ConcurrentDictionary<long, (int MessageId, IReadOnlyList<Button> Buttons)> keyboards = new();
    private readonly Lock output = new();

    public string Name => ChannelName;

    /// <summary>Commands are typed in the console, so it needs no menu button.</summary>
    public ChannelCapabilities Capabilities { get; } = new("консоль", MaxTextLength: 4096, MaxButtonText: 1024, MaxButtonsPerRow: 100, CommandMenu: true);

    public string InviteLink(string code) => $"/start {code}";

    /// <summary>Whether the latest message with buttons in this chat still offers them (else a typed number is text).</summary>
    public bool HasButtons(long chatId) => keyboards.ContainsKey(chatId);

    /// <summary>The button a number typed by this chat's user stands for.</summary>
    public (int MessageId, Button Button)? ButtonFor(long chatId, int number) =>
        keyboards.TryGetValue(chatId, out var k) && number >= 1 && number <= k.Buttons.Count ? (k.MessageId, k.Buttons[number - 1]) : null;

    public void WriteLine(string text)
    {
        lock (output)
        {
            io.Out.WriteLine(text);
            io.Out.Flush();
        }
    }

    public Task<DeliveryResult> DeliverAsync(Outgoing message, CancellationToken ct)
    {
        var chat = message.To.ChatId;
        var who = personas.NameOf(chat);
        switch (message)
        {
            case TextOut m:
                var id = lastMessageId.AddOrUpdate(chat, 1, (_, v) => v + 1);
                Print(who, m.Text, m.Keyboard, chat, id, edited: false);
                return Task.FromResult<DeliveryResult>(new DeliveryResult.Sent(id));
            case EditOut m:
                Print(who, m.Text, m.Keyboard, chat, m.MessageId, edited: true);
                return Task.FromResult<DeliveryResult>(new DeliveryResult.Sent(m.MessageId));
            case FileOut m when files.ContentOf(m) is null:
                return Task.FromResult<DeliveryResult>(new DeliveryResult.Failed("файл не найден в хранилище"));
            case FileOut m:
                var fileId = lastMessageId.AddOrUpdate(chat, 1, (_, v) => v + 1);
                var path = SaveFile(m.FileName, files.ContentOf(m)!);
                Print(who, $"📎 Файл «{m.FileName}» сохранён: {path}" + (m.Caption is { } c ? "\n" + c : ""), m.Keyboard, chat, fileId, edited: false);
                return Task.FromResult<DeliveryResult>(new DeliveryResult.Sent(fileId));
            case ButtonAnswer { Text: { } text }:
                WriteLine($"   ⓘ [{who}] {text}");
                return Task.FromResult<DeliveryResult>(new DeliveryResult.Sent(null));
            case ButtonAnswer or MenuOut:
                return Task.FromResult<DeliveryResult>(new DeliveryResult.Sent(null));
            default:
                return Task.FromResult<DeliveryResult>(new DeliveryResult.Failed("unsupported"));
        }
    }

    private void Print(string who, string text, Keyboard? keyboard, long chat, int messageId, bool edited)
    {
        var lines = new List<string> { $"🤖 → {who}{(edited ? " (сообщение обновлено)" : "")}:" };
        lines.AddRange(text.Split('\n').Select(l => "   " + l));
        var buttons = keyboard?.Rows.SelectMany(r => r).ToList() ?? [];
        for (var i = 0; i < buttons.Count; i++)
            lines.Add($"   [{i + 1}] {buttons[i].Text}{(buttons[i].Url is { } url ? $" ({url})" : "")}");
        if (buttons.Count > 0) keyboards[chat] = (messageId, buttons);
        else if (keyboards.TryGetValue(chat, out var k) && k.MessageId == messageId) keyboards.TryRemove(chat, out _);
        WriteLine(string.Join(Environment.NewLine, lines));
    }

    private string SaveFile(string fileName, byte[] content)
    {
        var folder = Path.Combine(storage.DataDirectory, "console-files");
        Directory.CreateDirectory(folder);
        var safe = string.Concat(fileName.Select(c => Path.GetInvalidFileNameChars().Contains(c) ? '_' : c));
        var path = Path.GetFullPath(Path.Combine(folder, $"{Guid.NewGuid():N}"[..8] + "-" + safe));
        File.WriteAllBytes(path, content);
        return path;
    }
}
