using SchoolSupport.Bot.Features.Schools;
using SchoolSupport.Domain.Audiences;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Bot.Features.Audiences;

/// <summary>The picker's four screens: roles (home), municipalities, schools (paged), school attributes.</summary>
internal static class AudienceScreens
{
    public const int PageSize = 8;

    /// <summary>Packs one picker button: op and argument; the caller's action and the step version are added.</summary>
    public delegate string Callback(string op, object arg);

    public static (string Text, Keyboard Keyboard) Render(AudienceScope scope, Audience a, AudiencePlan plan, string view, int page, string description, Callback cb)
    {
        var live = AudienceTexts.Live(plan);
        if (!scope.IsCoordinator) view = "h";
        return view switch
        {
            "m" => (AudienceTexts.Screen(AudienceTexts.MunicipalitiesHeader, live), Municipalities(scope, a, cb)),
            "s" => Schools(scope, a, page, live, cb),
            "f" => (AudienceTexts.Screen(AudienceTexts.FlagsHeader, live), Flags(scope, a, cb)),
            _ => (AudienceTexts.Home(description, live, scope.IsCoordinator, SchoolOfTeam(scope)), Home(scope, a, cb)),
        };
    }

    /// <summary>A municipality's id in callback data, or its position when the id is too long for 64 bytes.</summary>
    public static string MunicipalityArg(AudienceScope scope, string id, Callback cb)
    {
        try
        {
            cb("m", id);
            return id;
        }
        catch (ArgumentException)
        {
            return "#" + scope.Municipalities.ToList().FindIndex(m => m.Id == id);
        }
    }

    private static string? SchoolOfTeam(AudienceScope scope) =>
        !scope.IsCoordinator && scope.Schools.Count == 1 ? scope.Schools[0].Name : null;

    private static Keyboard Home(AudienceScope scope, Audience a, Callback cb)
    {
        var rows = scope.Roles
            .Select(r => new Button(AudienceTexts.Checked(a.Roles.Contains(r), AudienceTexts.RoleButton(r)), cb("r", (int)r)))
            .Chunk(2).Select(row => (IReadOnlyList<Button>)row).ToList();
        var all = new List<Button> { new(AudienceTexts.Checked(a.Roles.Count == 0, AudienceTexts.AllRoles), cb("ra", 0)) };
        if (scope.IsCoordinator) all.Add(new Button(AudienceTexts.Checked(a.IsEveryone, AudienceTexts.EveryoneButton), cb("all", 0)));
        rows.Add(all);
        if (scope.IsCoordinator)
        {
            if (scope.Municipalities.Count > 1)
            {
                var names = scope.Municipalities.Where(m => a.MunicipalityIds.Contains(m.Id)).Select(m => m.Name).ToList();
                rows.Add([new Button(AudienceTexts.MunicipalitiesButton(names), cb("v", "m"))]);
            }
            if (scope.Schools.Count > 1) rows.Add([new Button(AudienceTexts.SchoolsButton(a.SchoolIds.Count), cb("v", "s"))]);
            rows.Add([new Button(AudienceTexts.FlagsButton(FlagsChosen(a)), cb("v", "f"))]);
        }
        rows.Add([new Button(AudienceTexts.Done, cb("ok", 0))]);
        return new Keyboard(rows);
    }

    private static Keyboard Municipalities(AudienceScope scope, Audience a, Callback cb)
    {
        var rows = scope.Municipalities
            .Select(m => (IReadOnlyList<Button>)[new Button(AudienceTexts.Checked(a.MunicipalityIds.Contains(m.Id), m.Name), cb("m", MunicipalityArg(scope, m.Id, cb)))])
            .ToList();
        rows.Add([new Button(AudienceTexts.Back, cb("v", "h"))]);
        return new Keyboard(rows);
    }

    private static (string, Keyboard) Schools(AudienceScope scope, Audience a, int page, string live, Callback cb)
    {
        var list = Paging.Of(scope.Listed(a), page, PageSize);
        var rows = list.Items
            .Select(s => (IReadOnlyList<Button>)[new Button(AudienceTexts.Checked(a.SchoolIds.Contains(s.Id), s.Name), cb("s", s.Id))])
            .ToList();
        var nav = new List<Button>();
        if (list.HasPrevious) nav.Add(new Button(AudienceTexts.Previous, cb("p", list.Number - 1)));
        if (list.HasNext) nav.Add(new Button(AudienceTexts.Next, cb("p", list.Number + 1)));
        if (nav.Count > 0) rows.Add(nav);
        var last = new List<Button>();
        if (a.SchoolIds.Count > 0) last.Add(new Button(AudienceTexts.ClearSchools, cb("sc", 0)));
        last.Add(new Button(AudienceTexts.Back, cb("v", "h")));
        rows.Add(last);
        var header = AudienceTexts.SchoolsHeader(list.Number, list.Pages, a.MunicipalityIds.Count > 0);
        return (AudienceTexts.Screen(header, live), new Keyboard(rows));
    }

    private static Keyboard Flags(AudienceScope scope, Audience a, Callback cb)
    {
        var buttons = scope.Flags
            .Select(f => new Button(AudienceTexts.Checked(a.Flags.HasFlag(f), AudienceTexts.FlagName(f)), cb("f", (int)f)))
            .Concat(scope.Years.Select(y => new Button(AudienceTexts.Checked(a.Cohort500Years.Contains(y), AudienceTexts.Cohort(y)), cb("y", y))));
        var rows = buttons.Chunk(2).Select(row => (IReadOnlyList<Button>)row).ToList();
        rows.Add([new Button(AudienceTexts.Back, cb("v", "h"))]);
        return new Keyboard(rows);
    }

    private static string? FlagsChosen(Audience a)
    {
        var parts = Enum.GetValues<SchoolFlags>().Where(f => f != SchoolFlags.None && a.Flags.HasFlag(f)).Select(AudienceTexts.FlagName)
            .Concat(a.Cohort500Years.Order().Select(AudienceTexts.Cohort)).ToList();
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }
}
