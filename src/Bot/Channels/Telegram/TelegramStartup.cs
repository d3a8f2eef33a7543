using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;
using SchoolSupport.Bot.Features.Menu;

namespace SchoolSupport.Bot.Channels.Telegram;

/// <summary>getMe (for deep links), the webhook state and the default command menu, retried until Telegram answers.</summary>
internal sealed class TelegramStartup(ITelegramBotClient client, TelegramChannel channel, ILogger<TelegramStartup> log)
{
    public async Task<bool> RunAsync(bool deleteWebhook, CancellationToken ct)
    {
        for (var attempt = 1; !ct.IsCancellationRequested; attempt++)
        {
            try
            {
                var me = await client.GetMe(ct);
                channel.Username = me.Username ?? "";
                if (deleteWebhook) await client.DeleteWebhook(dropPendingUpdates: false, cancellationToken: ct);
                await client.SetMyCommands(Menus.Default.Select(c => new BotCommand(c.Command, c.Description)), cancellationToken: ct);
                log.LogInformation("Telegram bot @{Username} is connected", channel.Username);
                return true;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return false;
            }
            catch (Exception e)
            {
                var wait = TelegramPolling.Wait(e, attempt);
                log.LogWarning("Telegram start-up failed ({Reason}); next try in {Wait}", TelegramPolling.Describe(e), wait);
                try { await Task.Delay(wait, ct); } catch (OperationCanceledException) { return false; }
            }
        }
        return false;
    }
}
