using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;
using SchoolSupport.Bot.Hosting;

namespace SchoolSupport.Bot.Channels.Telegram;

/// <summary>
/// Long polling with our own loop (not ReceiveAsync): a batch is stored by the pipeline before its offset is
/// passed back to Telegram, so an update is confirmed only after its effects are committed.
/// </summary>
internal sealed class TelegramPolling(
    ITelegramBotClient client,
    TelegramStartup startup,
    TelegramUpdates updates,
    TelegramChannel channel,
    UpdatePipeline pipeline,
    ILogger<TelegramPolling> log) : BackgroundService
{
    private static readonly UpdateType[] Allowed = [UpdateType.Message, UpdateType.CallbackQuery];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await startup.RunAsync(deleteWebhook: true, stoppingToken)) return;
        var offset = 0;
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            global::Telegram.Bot.Types.Update[] batch;
            try
            {
                batch = await client.GetUpdates(offset, 100, 25, Allowed, stoppingToken);
                failures = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                var wait = Wait(e, ++failures);
                log.LogWarning("getUpdates failed ({Reason}); next try in {Wait}", Describe(e), wait);
                if (!await Delay(wait, stoppingToken)) break;
                continue;
            }
            if (batch.Length == 0) continue;

            var inbound = new List<InboundUpdate>(batch.Length);
            foreach (var update in batch)
            {
                if (await TranslateAsync(update) is { } u) inbound.Add(u);
            }
            pipeline.Process(inbound, channel);
            offset = batch[^1].Id + 1;
        }
        await ConfirmAsync(offset);
    }

    /// <summary>On a clean stop, tell Telegram what is already stored, so nothing is delivered twice.</summary>
    private async Task ConfirmAsync(int offset)
    {
        if (offset == 0) return;
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await client.GetUpdates(offset, 1, 0, Allowed, cts.Token);
        }
        catch (Exception e)
        {
            log.LogInformation("Could not confirm offset {Offset} at shutdown ({Reason}); the stored updates will be skipped as duplicates", offset, Describe(e));
        }
    }

    internal static TimeSpan Wait(Exception e, int failures) => e switch
    {
        ApiRequestException { ErrorCode: 429 } a => TimeSpan.FromSeconds(Math.Max(1, a.Parameters?.RetryAfter ?? 1)),
        ApiRequestException { ErrorCode: 409 } => TimeSpan.FromSeconds(5),
        _ => TimeSpan.FromSeconds(Math.Min(30, Math.Pow(2, failures - 1))),
    };

    internal static string Describe(Exception e) => e is ApiRequestException a ? $"{a.ErrorCode} {a.Message}" : e.GetType().Name;

    private static async Task<bool> Delay(TimeSpan wait, CancellationToken ct)
    {
        try
        {
            await Task.Delay(wait, ct);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>
    /// One update in the neutral model; one that cannot be read is logged and skipped, so it never stops the polling of
    /// everyone else (the same update would fail again after a restart).
    /// </summary>
    private async Task<InboundUpdate?> TranslateAsync(global::Telegram.Bot.Types.Update update)
    {
        try
        {
            return await updates.TranslateAsync(update, CancellationToken.None);
        }
        catch (Exception e)
        {
            log.LogError("Telegram update {Id} could not be read and is skipped ({Reason})", update.Id, e.GetType().Name);
            return null;
        }
    }
}
