using System.Globalization;
using SchoolSupport.Domain.Audiences;
using SchoolSupport.Domain.Conversations;
using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Bot.Features.Audiences;

/// <summary>The audience being picked, kept in the caller's conversation under "aud.*" keys.</summary>
internal static class AudienceDraft
{
    public const string Roles = "aud.r";
    public const string Municipalities = "aud.m";
    public const string Schools = "aud.s";
    public const string Flags = "aud.f";
    public const string Years = "aud.y";
    /// <summary>Which screen of the picker is open: h (roles, the home screen), m, s or f.</summary>
    public const string View = "aud.v";
    public const string Page = "aud.p";

    public static Audience Read(Conversation c) => new()
    {
        Roles = Ints(c, Roles).Where(r => Enum.IsDefined(typeof(Role), r)).Select(r => (Role)r).ToList(),
        MunicipalityIds = Strings(c, Municipalities),
        SchoolIds = Ints(c, Schools),
        Flags = (SchoolFlags)(int.TryParse(c.Get(Flags), NumberStyles.None, CultureInfo.InvariantCulture, out var f) ? f : 0),
        Cohort500Years = Ints(c, Years),
    };

    public static Conversation Write(Conversation c, Audience a, DateTime now) => c
        .With(Roles, Join(a.Roles.Select(r => (int)r)), now)
        .With(Municipalities, Join(a.MunicipalityIds), now)
        .With(Schools, Join(a.SchoolIds), now)
        .With(Flags, a.Flags == SchoolFlags.None ? null : ((int)a.Flags).ToString(CultureInfo.InvariantCulture), now)
        .With(Years, Join(a.Cohort500Years), now);

    public static string ViewOf(Conversation c) => c.Get(View) ?? "h";

    public static int PageOf(Conversation c) => int.TryParse(c.Get(Page), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 0;

    /// <summary>Adds the value when absent, removes it when present.</summary>
    public static IReadOnlyList<T> Toggle<T>(IReadOnlyList<T> list, T value) =>
        list.Contains(value) ? list.Where(x => !EqualityComparer<T>.Default.Equals(x, value)).ToList() : [.. list, value];

    private static List<string> Strings(Conversation c, string key) =>
        (c.Get(key) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).ToList();

    private static List<int> Ints(Conversation c, string key) =>
        Strings(c, key).Select(s => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : (int?)null).OfType<int>().ToList();

    private static string? Join<T>(IEnumerable<T> values)
    {
        var text = string.Join(',', values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)));
        return text.Length == 0 ? null : text;
    }
}
