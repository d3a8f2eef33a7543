using SchoolSupport.Bot.Delivery;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Bot.Tests.Harness;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;

namespace SchoolSupport.Bot.Tests.Delivery;

/// <summary>Participants put straight into the store (as if they had joined), and broadcasts started as a feature would.</summary>
internal static class DeliveryPeople
{
    public const long Sender = BotHarness.CoordinatorId;

    /// <summary>Teachers with a consent and a Telegram chat (chat id = user id), optionally at a school (for its zone).</summary>
    public static IReadOnlyList<Participant> AddTeachers(this BotHarness bot, IEnumerable<long> ids, int? schoolId = null)
    {
        var now = bot.Time.GetUtcNow().UtcDateTime;
        var people = ids.Select(id => Person(id, Role.Teacher, schoolId, now)).ToList();
        var repository = bot.Get<ParticipantRepository>();
        bot.Get<Store>().Write(() => { foreach (var p in people) repository.Save(p); });
        return people;
    }

    /// <summary>The coordinator who sends the broadcasts and reads their progress in chat <see cref="Sender"/>.</summary>
    public static Participant AddSender(this BotHarness bot)
    {
        var p = Person(Sender, Role.Coordinator, null, bot.Time.GetUtcNow().UtcDateTime);
        bot.Get<Store>().Write(() => bot.Get<ParticipantRepository>().Save(p));
        return p;
    }

    public static int SchoolIn(this BotHarness bot, string municipalityId) =>
        bot.Get<SchoolRepository>().All().First(s => s.MunicipalityId == municipalityId).Id;

    /// <summary>Starts a broadcast inside a transaction, as a feature handler does, and wakes the worker.</summary>
    public static Broadcast StartBroadcast(this BotHarness bot, string title, IReadOnlyList<Participant> recipients,
        Func<Participant, IReadOnlyList<Outgoing>> messages, Participant? sender = null)
    {
        var now = bot.Time.GetUtcNow().UtcDateTime;
        var broadcasts = bot.Get<Broadcasts>();
        var list = recipients.Select(p => new BroadcastRecipient(p.Id, messages(p))).ToList();
        var progress = sender is null ? null : new ChatAddress("telegram", Sender);
        var broadcast = bot.Get<Store>().Write(() => broadcasts.Start("mailing", title, sender?.Id, progress, list, now));
        bot.Get<Outbox>().Signal();
        return broadcast;
    }

    public static ChatAddress Chat(this Participant p) => p.Identities[0].ToChat();

    /// <summary>How many recipients got at least one message, as the test server saw it.</summary>
    public static int Reached(this BotHarness bot, IEnumerable<Participant> people)
    {
        var sent = bot.Api.SentPerChat;
        return people.Count(p => sent.GetValueOrDefault(p.Identities[0].ChatId) > 0);
    }

    private static Participant Person(long id, Role role, int? schoolId, DateTime now) => new()
    {
        Id = $"delivery-{id}",
        Identities = [new ChannelIdentity("telegram", id, id)],
        DisplayName = $"Участник {id}",
        Roles = [new RoleGrant { Role = role, SchoolIds = schoolId is { } s ? [s] : [], GrantedAtUtc = now }],
        Consents = [new ConsentRecord { Kind = ConsentKind.PersonalData, TextVersion = "test", GivenAtUtc = now }],
        CreatedAtUtc = now,
    };
}
