using SchoolSupport.Bot.Storage;
using SchoolSupport.Bot.Tests.Harness;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;

namespace SchoolSupport.Bot.Tests.Mailings;

/// <summary>People put straight into the store (as if they had joined by invite), and the /mailing steps shared by tests.</summary>
internal static class MailingPeople
{
    public const string School7 = "МАОУ «СОШ №7»";
    public const string School9 = "МАОУ «СОШ №9»";
    public const string Vasilyevskaya = "МОУ «Васильевская СОШ»";

    public static TestUser Member(this BotHarness bot, long id, Role role, string school, bool blocked = false)
    {
        var schoolId = bot.Get<SchoolRepository>().All().Single(s => s.Name == school).Id;
        var person = new Participant
        {
            Id = $"person{id}",
            Identities = [bot.Messenger.Identity(id)],
            DisplayName = role is Role.Parent or Role.Student ? null : $"Участник {id}",
            Roles = [new RoleGrant { Role = role, SchoolIds = [schoolId], Grade = role is Role.Parent or Role.Student ? 9 : null, GrantedAtUtc = BotHarness.Start.UtcDateTime }],
            Consents = [new ConsentRecord
            {
                Kind = ConsentKind.PersonalData,
                TextVersion = "test",
                GivenAtUtc = BotHarness.Start.UtcDateTime,
                Basis = role == Role.Student ? new ParentalConsentBasis { Source = "school", ConfirmedBy = "test" } : null,
            }],
            CreatedAtUtc = BotHarness.Start.UtcDateTime,
            UnreachableSinceUtc = blocked ? BotHarness.Start.UtcDateTime : null,
        };
        bot.Get<Store>().Write(() => bot.Get<ParticipantRepository>().Save(person));
        if (blocked) bot.Messenger.Block(id);
        return bot.User(id);
    }

    /// <summary>/mailing → text → file (or «Без файла») → acknowledgement choice; returns the picker message.</summary>
    public static async Task<RecordedMessageRef> StartMailingAsync(this TestUser sender, string text, string ack = "Нет, подтверждение не нужно", (string Name, byte[] Content)? file = null)
    {
        await sender.Says("/mailing", "Пришлите текст сообщения");
        await sender.Says(text, "Приложить файл?");
        if (file is { } f) await sender.SendsFile(f.Name, f.Content, "подтвердить, что они ознакомились", "application/pdf");
        else await sender.Presses("Без файла", "подтвердить, что они ознакомились");
        var picker = await sender.Presses(ack, "Кому отправить?");
        return new RecordedMessageRef(picker.MessageId);
    }

    /// <summary>Presses «Готово» in the picker and waits for the preview's controls.</summary>
    public static async Task<string> FinishAudienceAsync(this TestUser sender) =>
        (await sender.Presses("Готово", "Отправить сейчас или запланировать?")).Text!;

    public static async Task WaitForAnswerAsync(this BotHarness bot, int answersBefore) =>
        await bot.Messenger.WaitUntilAsync(() => bot.Messenger.CallbackAnswers.Count > answersBefore, "the press to be answered");
}

internal sealed record RecordedMessageRef(int MessageId);
