using LiteDB;
using SchoolSupport.Domain.Conversations;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Bot.Storage;

internal sealed class ParticipantRepository
{
    private readonly ILiteCollection<Participant> items;
    private readonly ILiteCollection<IdentityLink> identities;

    public ParticipantRepository(Store store)
    {
        items = store.Collection<Participant>("participants");
        identities = store.Collection<IdentityLink>("identities");
    }

    public Participant? Get(string id) => items.FindById(id);

    public Participant? Find(ChannelUser user) =>
        identities.FindById(user.Key()) is { } link ? items.FindById(link.ParticipantId) : null;

    /// <summary>
    /// The participant whose private chat this is. In Telegram the chat id is the user id; in MAX it is not,
    /// so each chat has its own lookup (participants stored before it existed are found by the user id).
    /// </summary>
    public Participant? FindByChat(string channel, long chatId) =>
        identities.FindById(ChatKey(channel, chatId)) is { } link ? items.FindById(link.ParticipantId) : Find(new ChannelUser(channel, chatId));

    /// <summary>Saves the participant and the lookup of each of their messenger accounts and chats.</summary>
    public void Save(Participant p)
    {
        var old = items.FindById(p.Id);
        foreach (var gone in old?.Identities.Where(i => !p.Identities.Contains(i)) ?? [])
        {
            identities.Delete(gone.ToUser().Key());
            identities.Delete(ChatKey(gone.Channel, gone.ChatId));
        }
        foreach (var identity in p.Identities)
        {
            identities.Upsert(new IdentityLink { Id = identity.ToUser().Key(), ParticipantId = p.Id });
            identities.Upsert(new IdentityLink { Id = ChatKey(identity.Channel, identity.ChatId), ParticipantId = p.Id });
        }
        items.Upsert(p);
    }

    public void Delete(Participant p)
    {
        foreach (var identity in p.Identities)
        {
            identities.Delete(identity.ToUser().Key());
            identities.Delete(ChatKey(identity.Channel, identity.ChatId));
        }
        items.Delete(p.Id);
    }

    private static string ChatKey(string channel, long chatId) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"chat:{channel}:{chatId}");

    public IReadOnlyList<Participant> All() => items.FindAll().ToList();

    public int Count() => items.Count();

    internal sealed class IdentityLink
    {
        public string Id { get; set; } = "";
        public string ParticipantId { get; set; } = "";
    }
}

internal sealed class SchoolRepository
{
    private readonly ILiteCollection<School> schools;
    private readonly ILiteCollection<Municipality> municipalities;

    public SchoolRepository(Store store)
    {
        schools = store.Collection<School>("schools");
        municipalities = store.Collection<Municipality>("municipalities");
        schools.EnsureIndex(s => s.MunicipalityId);
    }

    public School? Get(int id) => schools.FindById(id);

    public IReadOnlyList<School> Get(IEnumerable<int> ids) => ids.Select(Get).OfType<School>().ToList();

    public IReadOnlyList<School> All() => schools.FindAll().OrderBy(s => s.MunicipalityId).ThenBy(s => s.Name, NaturalOrder.Instance).ToList();

    public IReadOnlyList<School> InMunicipality(string id) => schools.Find(s => s.MunicipalityId == id).OrderBy(s => s.Name, NaturalOrder.Instance).ToList();

    public School Add(School s)
    {
        var id = schools.Insert(s with { Id = 0 });
        return s with { Id = id.AsInt32 };
    }

    public int Count() => schools.Count();

    public IReadOnlyList<Municipality> Municipalities() => municipalities.FindAll().OrderBy(m => m.Name, StringComparer.Ordinal).ToList();

    public Municipality? Municipality(string id) => municipalities.FindById(id);

    public void Save(Municipality m) => municipalities.Upsert(m);
}

internal sealed class InviteRepository(Store store)
{
    private readonly ILiteCollection<Invite> items = store.Collection<Invite>("invites");

    public Invite? Get(string code) => items.FindById(code);

    public void Save(Invite invite) => items.Upsert(invite);

    public IReadOnlyList<Invite> CreatedBy(string participantId) =>
        items.Find(i => i.CreatedBy == participantId).OrderByDescending(i => i.CreatedAtUtc).ToList();
}

internal sealed class ConversationRepository(Store store)
{
    private readonly ILiteCollection<Conversation> items = store.Collection<Conversation>("conversations");

    public Conversation Get(ChannelUser user) => items.FindById(user.Key()) ?? new Conversation { Id = user.Key() };

    public void Save(Conversation c) => items.Upsert(c);

    public void Delete(ChannelUser user) => items.Delete(user.Key());
}

/// <summary>Failed invite-code attempts per channel user, for <see cref="CodeAttemptPolicy"/>.</summary>
internal sealed class CodeAttemptRepository(Store store)
{
    private readonly ILiteCollection<CodeAttempts> items = store.Collection<CodeAttempts>("code_attempts");

    public IReadOnlyList<DateTime> Failures(ChannelUser user) => items.FindById(user.Key())?.FailuresUtc ?? [];

    public void Save(ChannelUser user, IReadOnlyList<DateTime> failures) =>
        items.Upsert(new CodeAttempts { Id = user.Key(), FailuresUtc = failures });

    public void Delete(ChannelUser user) => items.Delete(user.Key());

    internal sealed class CodeAttempts
    {
        public string Id { get; set; } = "";
        public IReadOnlyList<DateTime> FailuresUtc { get; set; } = [];
    }
}
