using SchoolSupport.Bot.Features.Roadmaps;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Reviews;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Bot.Features.Reviews;

/// <summary>
/// /handover (coordinators): choose the away curator ("ho:a:&lt;participant&gt;:&lt;v&gt;"), then the replacement
/// ("ho:b:&lt;participant&gt;:&lt;v&gt;"); or, when a curator is back, return their schools ("ho:r:&lt;participant&gt;:&lt;v&gt;"). Pending reviews of the away curator's schools in the coordinator's scope move
/// at once; those schools' later documents go to the replacement; the replacement, the away curator and the
/// school teams are told who reviews now.
/// </summary>
internal sealed class HandoverFeature(
    ParticipantRepository participants, SchoolRepository schools, AssignmentRepository assignments, SubmissionRepository submissions) : IFeature
{
    public const string FlowName = "handover";
    public const string Action = "ho";

    public IReadOnlyList<string> Commands => ["handover"];
    public IReadOnlyList<string> Actions => [Action];
    public string? Flow => FlowName;

    public void OnCommand(Turn t, CommandIn command) => Begin(t);

    public void OnText(Turn t, TextIn text) => t.Reply(SubmitTexts.UseButtons);

    public void OnButton(Turn t, CallbackData d)
    {
        if (d.Arg(0) == "new") { Begin(t); return; }
        if (t.Conversation.Flow != FlowName || d.IntArg(d.Args.Count - 1) != t.Conversation.Version)
        {
            t.Answer(Texts.Common.StaleButton, alert: true);
            return;
        }
        var curators = Curators(t.Participant);
        var chosen = curators.FirstOrDefault(c => c.Id == d.Arg(1));
        switch (d.Arg(0))
        {
            case "a" when chosen is not null: ChooseAway(t, chosen, curators); break;
            case "r" when chosen is not null: Return(t, chosen); break;
            case "b" when chosen is not null && curators.FirstOrDefault(c => c.Id == t.Conversation.Get("away")) is { } away && away.Id != chosen.Id:
                HandOver(t, away, chosen);
                break;
            default: t.Answer(Texts.Common.NoRights, alert: true); break;
        }
    }

    private void Begin(Turn t)
    {
        var me = t.Participant;
        if (!me.Has(Role.Coordinator)) { t.Show(HandoverTexts.OnlyCoordinators); return; }
        var curators = Curators(me);
        if (curators.Count < 2) { t.Show(HandoverTexts.NotEnoughCurators); return; }
        t.Conversation = t.Conversation.Start(FlowName, "away", t.Now);
        var v = t.Conversation.Version;
        var inScope = InScope(me);
        var pending = submissions.Pending().Where(s => inScope.ContainsKey(s.SchoolId)).ToList();
        var buttons = curators.Select(c => new Button(
            HandoverTexts.CuratorButton(Name(c), Access.OwnSchoolIds(c, Role.Curator).Count(inScope.ContainsKey), pending.Count(s => Handover.Reviews(c, s))),
            Cb("a", c.Id, v))).ToList();
        var all = assignments.All().Where(a => inScope.ContainsKey(a.SchoolId)).ToList();
        buttons.AddRange(curators.Where(c => all.Any(a => Handover.IsHandedAway(c, a))).Select(c => new Button(HandoverTexts.ReturnButton(Name(c)), Cb("r", c.Id, v))));
        t.Show(HandoverTexts.ChooseAway, Keyboard.Column(buttons));
    }

    private static void ChooseAway(Turn t, Participant away, IReadOnlyList<Participant> curators)
    {
        t.Conversation = t.Conversation.With("away", away.Id, t.Now).Goto("to", t.Now);
        var v = t.Conversation.Version;
        t.Show(HandoverTexts.ChooseReplacement(Name(away)), Keyboard.Column(curators.Where(c => c.Id != away.Id).Select(c => new Button(Name(c), Cb("b", c.Id, v)))));
    }

    private void HandOver(Turn t, Participant away, Participant to)
    {
        var me = t.Participant;
        t.Conversation = t.Conversation.Clear(t.Now);
        var plan = Handover.Plan(me, away, to, schools.All(), assignments.All(), submissions.Pending(), t.Now);
        if (plan.IsEmpty) { t.Show(HandoverTexts.Nothing(Name(away))); return; }
        foreach (var a in plan.Assignments) assignments.Save(a);
        foreach (var s in plan.Submissions) submissions.Save(s);
        var names = plan.Schools.Select(s => s.Name).ToList();
        t.Notify(to, HandoverTexts.ToReplacement(Name(away), names, plan.Submissions.Count));
        t.Notify(away, HandoverTexts.ToAway(Name(to), names));
        TellSchools(t, plan, to);
        t.Show(HandoverTexts.Done(Name(away), Name(to), names, plan.Submissions.Count));
    }

    /// <summary>The curator is back: their schools' reviews (and pending documents) return to them.</summary>
    private void Return(Turn t, Participant curator)
    {
        var me = t.Participant;
        t.Conversation = t.Conversation.Clear(t.Now);
        var all = assignments.All();
        var plan = Handover.PlanReturn(me, curator, schools.All(), all, submissions.Pending(), t.Now);
        if (plan.IsEmpty) { t.Show(HandoverTexts.Nothing(Name(curator))); return; }
        var substitutes = all.Where(a => plan.Assignments.Any(p => p.Id == a.Id)).Select(a => a.ReviewerId).OfType<string>().Distinct().ToList();
        foreach (var a in plan.Assignments) assignments.Save(a);
        foreach (var s in plan.Submissions) submissions.Save(s);
        var names = plan.Schools.Select(s => s.Name).ToList();
        t.Notify(curator, HandoverTexts.ToReturned(names, plan.Submissions.Count));
        foreach (var substitute in substitutes.Select(participants.Get).OfType<Participant>())
            t.Notify(substitute, HandoverTexts.ToSubstitute(Name(curator), names));
        TellSchools(t, plan, curator);
        t.Show(HandoverTexts.Returned(Name(curator), names, plan.Submissions.Count));
    }

    private void TellSchools(Turn t, HandoverPlan plan, Participant reviewer)
    {
        var everyone = participants.All();
        foreach (var school in plan.Schools)
            foreach (var member in ReviewRouting.SchoolTeam(school.Id, everyone))
                t.Notify(member, HandoverTexts.ToSchool(school.Name, Name(reviewer)));
    }

    private IReadOnlyList<Participant> Curators(Participant me) =>
        me.Has(Role.Coordinator) ? Handover.Curators(me, participants.All(), schools.All(), assignments.All()) : [];

    private Dictionary<int, School> InScope(Participant me) => schools.All().Where(s => Access.CoordinatesSchool(me, s)).ToDictionary(s => s.Id);

    private static string Name(Participant p) => p.DisplayName ?? ReviewTexts.Someone;

    private static string Cb(params object[] args) => CallbackData.Of(Action, args).Pack();
}
