using SchoolSupport.Bot.Features.Menu;
using SchoolSupport.Bot.Features.Schools;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Nudges;
using SchoolSupport.Domain.Roadmaps;
using SchoolSupport.Domain.Status;

namespace SchoolSupport.Bot.Features.Status;

/// <summary>The /status screens as text and buttons: short lines for a phone, a button per school, pages of schools.</summary>
internal sealed class StatusScreens(Zones zones, Nudges.NudgeOptions nudges)
{
    public const int PageSize = 8;

    public static string Day(DateOnly date) => date.ToString("d MMMM yyyy", Texts.Ru);

    /// <summary>A school's state in a few words: its current stage, «все этапы сданы» or «нет дорожной карты».</summary>
    public static string State(SchoolStatus s) =>
        !s.HasRoadmap ? StatusTexts.NoRoadmapShort : s.Current is { } c ? c.Stage.Title : StatusTexts.AllDone;

    /// <param name="scope">The statuses of the page's schools, in the page's order.</param>
    public static (string Text, Keyboard Keyboard) List(StatusScope scope, Page<Domain.Schools.School> p, bool coordinator)
    {
        var lines = new List<string> { StatusTexts.ListHeader(scope.Name, p.FirstIndex + 1, p.FirstIndex + p.Items.Count, p.Total) };
        lines.AddRange(scope.Schools.Select((s, i) => StatusTexts.SchoolLine(p.FirstIndex + i + 1, s.School.Name, State(s), s.Waiting, s.OverdueItems)));
        if (p.Total > 0) lines.Add(StatusTexts.Legend);
        var rows = scope.Schools.Select((s, i) => new Button(StatusTexts.SchoolButton(p.FirstIndex + i + 1, s.School.Name), StatusCallbacks.School(s.School.Id)))
            .Chunk(2).Select(r => (IReadOnlyList<Button>)r).ToList();
        if (p.Pages > 1)
        {
            var nav = new List<Button>();
            if (p.HasPrevious) nav.Add(new Button(StatusTexts.Previous, StatusCallbacks.List(scope.Key, p.Number - 1)));
            nav.Add(new Button(StatusTexts.PageButton(p.Number + 1, p.Pages), StatusCallbacks.List(scope.Key, p.Number)));
            if (p.HasNext) nav.Add(new Button(StatusTexts.Next, StatusCallbacks.List(scope.Key, p.Number + 1)));
            rows.Add(nav);
        }
        rows.Add(coordinator ? [new Button(StatusTexts.Overview, StatusCallbacks.Overview(scope.Key)), MenuFeature.BackButton] : [MenuFeature.BackButton]);
        return (string.Join('\n', lines), new Keyboard(rows));
    }

    public (string Text, Keyboard Keyboard) Overview(StatusScope scope, bool severalMunicipalities)
    {
        var o = MunicipalityOverview.Of(scope.Schools, scope.Waiting, nudges.Settings.Waiting);
        var lines = new List<string> { StatusTexts.OverviewHeader(scope.Name, o.Schools), "", StatusTexts.ByStageHeader };
        lines.AddRange(o.ByStage.Select(s => StatusTexts.StageCount(s.Title, s.Schools, s.WithOverdue)));
        if (o.Finished > 0) lines.Add(StatusTexts.FinishedCount(o.Finished));
        if (o.WithoutRoadmap > 0) lines.Add(StatusTexts.WithoutRoadmap(o.WithoutRoadmap));
        lines.Add("");
        lines.Add(StatusTexts.OverdueTotal(o.OverdueItems, o.SchoolsWithOverdue));
        lines.Add(StatusTexts.WaitingTotal(o.WaitingReviews));
        lines.AddRange(o.ByReviewer.Select(r => StatusTexts.ReviewerLine(r.Reviewer.DisplayName ?? ReviewTexts.Someone, r.Waiting, r.Late, nudges.Settings.WaitingDays)));
        var rows = new List<IReadOnlyList<Button>>
        {
            new[] { new Button(StatusTexts.SchoolsButton(o.Schools), StatusCallbacks.List(scope.Key, 0)) },
            new[] { new Button(StatusTexts.Chart, StatusCallbacks.Chart(scope.Key)), new Button(StatusTexts.Export, StatusCallbacks.Export(scope.Key)) },
        };
        rows.Add(severalMunicipalities ? [new Button(StatusTexts.Municipalities, StatusCallbacks.Home()), MenuFeature.BackButton] : [MenuFeature.BackButton]);
        return (string.Join('\n', lines), new Keyboard(rows));
    }

    /// <summary>One school in detail: the current stage's documents with who acts next, overdue stages, every stage.</summary>
    public string Details(SchoolStatus s, IReadOnlyList<SchoolStatus> others, DateTime nowUtc)
    {
        if (s.Assignment is not { } a) return $"🏫 {s.School.Name}\n\n{StatusTexts.NoRoadmap}";
        var zone = zones.ForSchool(s.School);
        var lines = new List<string> { StatusTexts.Header(s.School.Name, StatusTexts.Roadmap(a.Template.Title, a.Year)), "" };
        if (s.Current is { } c)
        {
            lines.Add(StatusTexts.Current(c.Stage.Title));
            lines.Add(StatusTexts.Due(Day(c.Deadline.Date), StatusTexts.Relative(DeadlineNudges.DaysLeft(c.Deadline, nowUtc, zone))));
            lines.AddRange(c.Slots.Select(slot => StatusTexts.Slot(slot.State, slot.Slot.Title,
                slot.Submission?.WaitingAge(nowUtc) is { } age ? NudgeClock.WholeDays(age) : null,
                slot.NextActor == NextActor.Nobody ? null : StatusTexts.Who(slot.NextActor, c.Stage.Responsible))));
            lines.Add(StatusTexts.Documents(s.Accepted, s.Total));
        }
        else lines.Add(StatusTexts.Finished(s.Total));
        var overdue = s.Overdue(nowUtc);
        if (overdue.Count > 0)
        {
            lines.Add("");
            lines.Add(StatusTexts.OverdueHeader);
            lines.AddRange(overdue.Select(o => StatusTexts.OverdueLine(o.Stage.Title, Day(o.Deadline.Date),
                StatusTexts.Relative(DeadlineNudges.DaysLeft(o.Deadline, nowUtc, zone)), o.Missing.Count, o.Slots.Count)));
        }
        lines.Add("");
        lines.Add(StatusTexts.StagesHeader);
        lines.AddRange(s.Stages.Where(st => !st.IsInformational).Select(st => StatusTexts.StageLine(st.IsComplete, ReferenceEquals(st, s.Current),
            st.IsOverdue(nowUtc), st.Stage.Title, Day(st.Deadline.Date))));
        foreach (var other in others.Where(o => o.Assignment is not null))
            lines.Add(StatusTexts.Also(StatusTexts.Roadmap(other.Assignment!.Template.Title, other.Assignment.Year), State(other)));
        return string.Join('\n', lines);
    }

    /// <summary>A teacher's view: the stage and counts, no documents.</summary>
    public string Summary(SchoolStatus s, DateTime nowUtc)
    {
        if (s.Assignment is not { } a) return $"🏫 {s.School.Name}\n\n{StatusTexts.NoRoadmap}";
        var lines = new List<string> { StatusTexts.Header(s.School.Name, StatusTexts.Roadmap(a.Template.Title, a.Year)), "" };
        if (s.Current is { } c)
        {
            lines.Add(StatusTexts.Current(c.Stage.Title));
            lines.Add(StatusTexts.Due(Day(c.Deadline.Date), StatusTexts.Relative(DeadlineNudges.DaysLeft(c.Deadline, nowUtc, zones.ForSchool(s.School)))));
            lines.Add(StatusTexts.Documents(s.Accepted, s.Total));
        }
        else lines.Add(StatusTexts.Finished(s.Total));
        if (s.OverdueStages > 0) lines.Add(StatusTexts.OverdueStages(s.OverdueStages));
        lines.Add("");
        lines.Add(StatusTexts.TeacherNote);
        return string.Join('\n', lines);
    }
}
