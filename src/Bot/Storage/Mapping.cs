using LiteDB;
using SchoolSupport.Domain.Conversations;
using SchoolSupport.Domain.Participants;

namespace SchoolSupport.Bot.Storage;

internal static class Mapping
{
    /// <summary>One mapper for the process; the defaults would trim and null free-text answers.</summary>
    public static BsonMapper Create()
    {
        var mapper = new BsonMapper { TrimWhitespace = false, EmptyStringToNull = false, SerializeNullValues = false };
        mapper.Entity<Participant>().Id(p => p.Id);
        mapper.Entity<Invite>().Id(i => i.Id);
        mapper.Entity<Conversation>().Id(c => c.Id);
        return mapper;
    }
}
