using System.Security.Cryptography;

namespace SchoolSupport.Bot.Hosting;

internal static class Ids
{
    /// <summary>A random base64url string of <paramref name="bytes"/> bytes (no padding).</summary>
    public static string Random(int bytes) =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
