using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SchoolSupport.Bot.Hosting;

namespace SchoolSupport.Bot.Channels.Max;

/// <summary>
/// Long polling of GET /updates. A batch is stored by the pipeline before its marker is stored, so an update
/// is confirmed only after its effects are committed; a batch received again after a crash is recognised
/// by its keys and changes nothing.
/// </summary>
internal sealed class MaxPolling(
    MaxApi api,
    MaxStartup startup,
    MaxUpdates updates,
    MaxChannel channel,
    MaxMarker marker,
    UpdatePipeline pipeline,
    ILogger<MaxPolling> log) : BackgroundService
{
    private const int PollSeconds = 25;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await startup.RunAsync(dropSubscriptions: true, stoppingToken)) return;
        var next = marker.Load();
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            MaxUpdateList batch;
            try
            {
                batch = await api.GetUpdatesAsync(next, PollSeconds, 100, stoppingToken);
                failures = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                var wait = MaxStartup.Wait(e, ++failures);
                log.LogWarning("MAX GET /updates failed ({Reason}); next try in {Wait}", MaxStartup.Describe(e), wait);
                try { await Task.Delay(wait, stoppingToken); } catch (OperationCanceledException) { break; }
                continue;
            }

            var inbound = new List<InboundUpdate>(batch.Updates.Count);
            foreach (var update in batch.Updates)
            {
                if (await TranslateAsync(update) is { } u) inbound.Add(u);
            }
            pipeline.Process(inbound, channel);
            if (batch.Marker is { } m && m != next)
            {
                marker.Save(m);
                next = m;
            }
        }
    }

    /// <summary>
    /// One update in the neutral model; one that cannot be read is logged and skipped, so it never stops the polling of
    /// everyone else (the same update would fail again after a restart).
    /// </summary>
    private async Task<InboundUpdate?> TranslateAsync(MaxUpdate update)
    {
        try
        {
            return await updates.TranslateAsync(update, CancellationToken.None);
        }
        catch (Exception e)
        {
            log.LogError("MAX update of type {Type} could not be read and is skipped ({Reason})", update.UpdateType, e.GetType().Name);
            return null;
        }
    }
}
