using System.Security.Cryptography;

namespace SchoolSupport.Bot.Features.Roadmaps;

/// <summary>Ids of assignments and submissions: 40 random bits in lowercase hex, short for button data and safe as folder names.</summary>
internal static class ShortIds
{
    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5));
}
