using System.Text;
using SchoolSupport.Bot.Delivery;
using SchoolSupport.Bot.Features;
using SchoolSupport.Bot.Features.Schools;
using SchoolSupport.Bot.Hosting;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Conversations;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Bot.Tests.Features.Schools;

/// <summary>
/// Drives <see cref="SchoolsFeature"/> the way the router does (command, button, text or file in the flow) against
/// a real LiteDB file in a temporary folder, keeping the conversation between turns.
/// </summary>
internal sealed class SchoolsFeatureHarness : IDisposable
{
    public static readonly DateTime Now = new(2025, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    private readonly string directory = Path.Combine(Path.GetTempPath(), "schools-feature-" + Guid.NewGuid().ToString("N"));
    private readonly Store store;
    private readonly SchoolsFeature feature;
    private readonly FakeChannel channel = new();

    public SchoolsFeatureHarness()
    {
        store = new Store(new StorageOptions { DataDirectory = directory });
        Schools = new SchoolRepository(store);
        Schools.Save(new Municipality { Id = "vpyshma", Name = "Верхняя Пышма", Region = "Свердловская область", TimeZoneId = "Asia/Yekaterinburg" });
        Schools.Save(new Municipality { Id = "kalininsky", Name = "Калининский район", Region = "Тверская область", TimeZoneId = "Europe/Moscow" });
        feature = new SchoolsFeature(Schools, new BotOptions());
    }

    public SchoolRepository Schools { get; }

    public Conversation Conversation { get; private set; } = new() { Id = "test:1" };

    public static Participant Person(Role role, IReadOnlyList<string>? municipalities = null, IReadOnlyList<int>? schools = null) => new()
    {
        Id = "p-" + role,
        Roles = [new RoleGrant { Role = role, MunicipalityIds = municipalities ?? [], SchoolIds = schools ?? [] }],
    };

    public Turn Command(Participant me, string name) => Run(me, new CommandIn(name, ""), t => feature.OnCommand(t, (CommandIn)t.In));

    public Turn Press(Participant me, string data) => Run(me, new ButtonIn("cb", data, 42), t =>
    {
        Assert.True(CallbackData.TryParse(data, out var parsed));
        feature.OnButton(t, parsed);
    });

    /// <summary>Presses the button with this text in the last message of <paramref name="previous"/>.</summary>
    public Turn Press(Participant me, Turn previous, string buttonText) =>
        Press(me, Buttons(previous).Single(b => b.Text == buttonText).Data!);

    public Turn Text(Participant me, string text) => Run(me, new TextIn(text), t => feature.OnText(t, (TextIn)t.In));

    public Turn File(Participant me, string name, string? content) =>
        Run(me, new FileIn(name, null, content?.Length ?? 30_000_000, null, content is null ? null : Encoding.UTF8.GetBytes(content)), t => feature.OnFile(t, (FileIn)t.In));

    public static string Shown(Turn t) => t.Output.Select(o => o switch
    {
        TextOut x => x.Text,
        EditOut x => x.Text,
        _ => null,
    }).OfType<string>().Last();

    public static IReadOnlyList<Button> Buttons(Turn t) => t.Output.Select(o => o switch
    {
        TextOut x => x.Keyboard,
        EditOut x => x.Keyboard,
        FileOut x => x.Keyboard,
        _ => null,
    }).OfType<Keyboard>().SelectMany(k => k.Rows).SelectMany(r => r).ToList();

    public static ButtonAnswer? Answer(Turn t) => t.Output.OfType<ButtonAnswer>().SingleOrDefault();

    public void Dispose()
    {
        store.Dispose();
        Directory.Delete(directory, recursive: true);
    }

    private Turn Run(Participant me, Incoming incoming, Action<Turn> handle)
    {
        var t = new Turn(incoming with { From = new ChannelUser("test", 1), ChatId = 1 }, channel, Now, me, Conversation);
        handle(t);
        Conversation = t.Conversation;
        return t;
    }

    private sealed class FakeChannel : IChannel
    {
        public string Name => "test";
        public ChannelCapabilities Capabilities { get; } = new("тест", MaxTextLength: 4096, MaxButtonText: 1024, MaxButtonsPerRow: 100, CommandMenu: true);
        public string InviteLink(string code) => "https://example.test/" + code;
        public Task<DeliveryResult> DeliverAsync(Outgoing message, CancellationToken ct) => Task.FromResult<DeliveryResult>(new DeliveryResult.Sent(1));
    }
}
