using SchoolSupport.Bot.Tests.Harness;
using SchoolSupport.TestBotApi;

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
}
