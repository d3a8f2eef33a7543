using SchoolSupport.Bot.Tests.Harness;
using SchoolSupport.TestBotApi;
using SchoolSupport.TestMaxApi;

namespace SchoolSupport.Bot.Tests.Durability;

public sealed class KillTests
{
    [Fact]
    public async Task Kill_9_after_an_update_is_confirmed_loses_neither_its_effects_nor_its_queued_reply()
    {
        await using var api = await TestBotApiServer.StartAsync();
        var data = Path.Combine(Path.GetTempPath(), "schoolbot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        const long coordinator = 100;
        try
        {
            using (var first = BotProcess.Start(api, data, coordinator))
            {
                api.SendText(coordinator, "/start", "Вера");
                await api.WaitForMessageAsync(coordinator, m => m.Text?.Contains("Согласие на обработку", StringComparison.Ordinal) == true, TimeSpan.FromSeconds(60));
                var consent = api.Chat(coordinator).Last(m => m.AllButtons.Count > 0);

                // Telegram is failing: the reply to the press is stored but cannot be sent.
                api.InjectFault("sendMessage", Fault.ServerError(503), times: 1000);
                var press = api.PressButton(coordinator, consent.MessageId, consent.Button("Согласен").CallbackData!);
                await api.WaitUntilAsync(a => a.ConfirmedOffset > press, TimeSpan.FromSeconds(60), "the press to be stored and confirmed");
                await api.WaitUntilAsync(a => a.Calls.Any(c => c.Method == "sendMessage" && c.StatusCode == 503), TimeSpan.FromSeconds(60), "a failed send of the reply");
                first.Kill();
            }
            api.ClearFaults();
            Assert.DoesNotContain(api.Chat(coordinator), m => m.Text?.Contains("Как к вам обращаться?", StringComparison.Ordinal) == true);

            using var second = BotProcess.Start(api, data, coordinator);
            await api.WaitForMessageAsync(coordinator, m => m.Text?.Contains("Как к вам обращаться?", StringComparison.Ordinal) == true, TimeSpan.FromSeconds(60));
            api.SendText(coordinator, "Огнивова Вера Геннадьевна", "Вера");
            await api.WaitForMessageAsync(coordinator, m => m.Text?.Contains("Вы подключены: координатор", StringComparison.Ordinal) == true, TimeSpan.FromSeconds(60));

            Assert.Equal(1, api.Chat(coordinator).Count(m => m.Text?.Contains("Как к вам обращаться?", StringComparison.Ordinal) == true));
            Assert.Equal(1, api.Chat(coordinator).Count(m => m.Text?.Contains("Спасибо, согласие записано", StringComparison.Ordinal) == true));
        }
        finally
        {
            try { Directory.Delete(data, recursive: true); } catch (IOException) { }
        }
    }

    [Fact]
    public async Task Kill_9_in_MAX_keeps_the_stored_marker_the_effects_and_the_queued_reply()
    {
        await using var max = await TestMaxApiServer.StartAsync();
        var data = Path.Combine(Path.GetTempPath(), "schoolbot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        const long coordinator = 100;
        bool Has(string text) => max.Chat(coordinator).Any(m => m.Text?.Contains(text, StringComparison.Ordinal) == true);
        int Count(string text) => max.Chat(coordinator).Count(m => m.Text?.Contains(text, StringComparison.Ordinal) == true);
        try
        {
            using (var first = BotProcess.Start(max, data, coordinator))
            {
                max.SendText(coordinator, "/start", "Вера");
                await max.WaitUntilAsync(_ => Has("Согласие на обработку"), TimeSpan.FromSeconds(60), "the consent text");
                var consent = max.Chat(coordinator).Last(m => m.AllButtons.Count > 0);

                // MAX is failing: the reply to the press is stored but cannot be sent.
                max.InjectFault("POST /messages", Fault.ServerError(503), times: 1000);
                var press = max.PressButton(coordinator, consent.MessageId, consent.Button("Согласен").CallbackData!);
                await max.WaitUntilAsync(a => a.ConfirmedMarker > press, TimeSpan.FromSeconds(60), "the press to be stored and its marker confirmed");
                await max.WaitUntilAsync(a => a.Calls.Any(c => c.Method == "POST /messages" && c.StatusCode == 503), TimeSpan.FromSeconds(60), "a failed send of the reply");
                first.Kill();
            }
            max.ClearFaults();
            Assert.False(Has("Как к вам обращаться?"));

            using var second = BotProcess.Start(max, data, coordinator);
            await max.WaitUntilAsync(_ => Has("Как к вам обращаться?"), TimeSpan.FromSeconds(60), "the stored reply after the restart");
            max.SendText(coordinator, "Огнивова Вера Геннадьевна", "Вера");
            await max.WaitUntilAsync(_ => Has("Вы подключены: координатор"), TimeSpan.FromSeconds(60), "the end of onboarding");

            Assert.Equal(1, Count("Как к вам обращаться?"));
            Assert.Equal(1, Count("Спасибо, согласие записано"));
            // The /start was not handled again after the restart: no second consent text (the first became the thanks).
            Assert.Equal(0, Count("Согласие на обработку"));
        }
        finally
        {
            try { Directory.Delete(data, recursive: true); } catch (IOException) { }
        }
    }
}
