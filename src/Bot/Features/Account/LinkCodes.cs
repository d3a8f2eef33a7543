using System.Security.Cryptography;
using LiteDB;
using SchoolSupport.Bot.Storage;

namespace SchoolSupport.Bot.Features.Account;

/// <summary>One-time codes that join another messenger account to a participant: 8 characters, 15 minutes.</summary>
internal sealed class LinkCodes(Store store) : IPrunable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);
    /// <summary>No 0/O, 1/I/L: the code is read in one app and typed in another.</summary>
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private const int Length = 8;
    private readonly ILiteCollection<LinkCode> items = store.Collection<LinkCode>("link_codes");

    /// <summary>A fresh code for the participant; their earlier unused codes stop working.</summary>
    public LinkCode Issue(string participantId, string channel, DateTime nowUtc)
    {
        items.DeleteMany(c => c.ParticipantId == participantId || c.ExpiresAtUtc < nowUtc);
        var code = new LinkCode
        {
            Id = RandomNumberGenerator.GetString(Alphabet, Length),
            ParticipantId = participantId,
            Channel = channel,
            ExpiresAtUtc = nowUtc + Lifetime,
        };
        items.Insert(code);
        return code;
    }

    /// <summary>The code if it exists and has not expired (spaces and case do not matter).</summary>
    public LinkCode? Find(string typed, DateTime nowUtc)
    {
        var code = new string([.. typed.Where(c => !char.IsWhiteSpace(c) && c != '-')]).ToUpperInvariant();
        return code.Length == Length && items.FindById(code) is { } found && found.ExpiresAtUtc > nowUtc ? found : null;
    }

    public void Use(LinkCode code) => items.Delete(code.Id);

    public int Prune(DateTime nowUtc) => items.DeleteMany(c => c.ExpiresAtUtc < nowUtc);

    internal sealed class LinkCode
    {
        public string Id { get; set; } = "";
        public string ParticipantId { get; set; } = "";
        /// <summary>The messenger the code was shown in: it must be entered in another one.</summary>
        public string Channel { get; set; } = "";
        public DateTime ExpiresAtUtc { get; set; }
    }
}
