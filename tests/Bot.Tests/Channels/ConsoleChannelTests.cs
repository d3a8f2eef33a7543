using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;

namespace SchoolSupport.Bot.Tests.Channels;

public sealed partial class ConsoleChannelTests
{
    [Fact]
    public async Task A_newcomer_runs_the_whole_invite_path_in_the_local_console()
    {
        await using var console = await ConsoleSession.StartAsync();

        var banner = await console.Output.WaitForAsync(0, "Начните с /start");
        Assert.Contains("локальный режим (без Telegram)", banner, StringComparison.Ordinal);
        Assert.Contains("Вы — Демо-координатор", banner, StringComparison.Ordinal);
        var schools = console.Get<SchoolRepository>();
        Assert.Equal(20, schools.Count());
        Assert.Equal(3, schools.Municipalities().Count);

        // The demo coordinator joins.
        var consent = await console.Type("/start", "Согласие на обработку персональных данных");
        Assert.Contains("Не согласен(на)", consent, StringComparison.Ordinal);
        await console.Press(consent, "Согласен(на)", "Как к вам обращаться?");
        var menu = await console.Type("Иванова Анна Сергеевна", "Вы подключены: координатор");
        Assert.Contains("Пригласить", menu, StringComparison.Ordinal);
        var coordinator = console.Get<ParticipantRepository>().Find(new ChannelUser("console", 1));
        Assert.NotNull(coordinator);
        Assert.True(coordinator.Has(Role.Coordinator));

        // ...invites a teacher of one school...
        var roles = await console.Type("/invite", "Кого вы приглашаете?");
        var municipalities = await console.Press(roles, "Учитель", "Выберите муниципалитет.");
        var schoolList = await console.Press(municipalities, "Калининский район", "Выберите школу");
        var card = await console.Press(schoolList, "МОУ «Васильевская СОШ»", "🔗 Приглашение: учитель");
        var code = InviteLine().Match(card);
        Assert.True(code.Success, "The invite card shows «/start <24-character code>»:\n" + card);
        Assert.Equal(24, code.Groups["code"].Value.Length);

        // ...and plays the teacher.
        var persona = await console.Type("/as Мария Петровна", "Теперь вы — Мария Петровна");
        Assert.Contains("участник №2", persona, StringComparison.Ordinal);
        var invitation = await console.Type($"/start {code.Groups["code"].Value}", "Согласие на обработку персональных данных");
        Assert.Contains("Вас приглашает Иванова Анна Сергеевна", invitation, StringComparison.Ordinal);
        Assert.Contains("🤖 → Мария Петровна", invitation, StringComparison.Ordinal);
        Assert.Equal(1, ConsoleSession.NumberOf(invitation, "Согласен(на)"));
        await console.Type("1", "Как к вам обращаться?");
        var beforeName = console.Output.Length;
        await console.Type("Петрова Мария Петровна", "Вы подключены: учитель");
        var notice = await console.Output.WaitForAsync(beforeName, "Петрова Мария Петровна принял(а) ваше приглашение: учитель");
        Assert.Contains("🤖 → Демо-координатор", notice, StringComparison.Ordinal);
        var teacher = console.Get<ParticipantRepository>().Find(new ChannelUser("console", 2));
        Assert.NotNull(teacher);
        Assert.Equal("Петрова Мария Петровна", teacher.DisplayName);
        Assert.True(teacher.Has(Role.Teacher));

        // Dates read back from the store are shown (not an internal error).
        var profile = await console.Type("/me", "Ваш профиль");
        Assert.Contains("26 ноября 2026", profile, StringComparison.Ordinal);

        var who = await console.Type("/who", "Участники консоли:");
        Assert.Contains("Демо-координатор", who, StringComparison.Ordinal);
        Assert.Contains("→ Мария Петровна", who, StringComparison.Ordinal);

        await console.Type("42", "Нет кнопки с номером 42");
        var missing = Path.Combine(console.DataDirectory, "нет-такого-файла.csv");
        var noFile = await console.Type($"/file {missing}", "Файл не найден");
        Assert.Contains(missing, noFile, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Closing_the_input_answers_what_was_typed_and_stops_the_host()
    {
        await using var console = await ConsoleSession.StartAsync();
        var lifetime = console.Host.Services.GetRequiredService<IHostApplicationLifetime>();
        var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = lifetime.ApplicationStopping.Register(() => stopping.TrySetResult());
        await console.Output.WaitForAsync(0, "Начните с /start");

        console.Input.Type("/start");
        console.Input.EndOfInput();

        await stopping.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Contains("Согласие на обработку персональных данных", console.Output.Text, StringComparison.Ordinal);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await console.Host.StopAsync(stop.Token);
        Assert.True(lifetime.ApplicationStopped.IsCancellationRequested);
    }

    [GeneratedRegex(@"^\s*/start (?<code>[A-Za-z0-9_-]{24})\s*$", RegexOptions.Multiline)]
    private static partial Regex InviteLine();
}
