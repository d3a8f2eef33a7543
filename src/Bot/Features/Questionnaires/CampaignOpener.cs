using SchoolSupport.Bot.Hosting;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Campaigns;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Questionnaires;
using SchoolSupport.Domain.Roadmaps;

namespace SchoolSupport.Bot.Features.Questionnaires;

/// <summary>What the wizard collected.</summary>
internal sealed record CampaignPlan(IReadOnlyList<int> SchoolIds, IReadOnlyList<Instrument> Instruments, IReadOnlyList<int> Grades,
    bool StudentLinks, DateOnly OpensOn, DateOnly ClosesOn);

/// <summary>
/// Opens the planned campaign at each school (rights and dates checked again): its slots with the instrument versions of
/// today, its class links, and, when it is open already, the direct invitations of the school's registered members, all
/// in the transaction of the press.
/// </summary>
internal sealed class CampaignOpener(
    CampaignRepository campaigns,
    InviteRepository invites,
    SchoolRepository schools,
    ParticipantRepository participants,
    CampaignInviter inviter,
    CampaignLinks links,
    CampaignProgress progress,
    Zones zones)
{
    /// <summary>One slot per instrument and group: parents and students once per grade.</summary>
    public static IReadOnlyList<CampaignSlot> Slots(CampaignPlan plan)
    {
        var groups = plan.Instruments.SelectMany(i => (i.Respondent switch
        {
            RespondentGroup.Principal => [CampaignGroup.Principal],
            RespondentGroup.Teacher => [CampaignGroup.Teachers],
            RespondentGroup.Parent => plan.Grades.Select(CampaignGroup.Parents),
            _ => plan.Grades.Select(CampaignGroup.Students),
        }).Select(g => (Instrument: i, Group: g)));
        return groups.Select((x, k) => new CampaignSlot { Index = k, InstrumentId = x.Instrument.Id, InstrumentVersion = x.Instrument.Version, Group = x.Group }).ToList();
    }

    public void Open(Turn t, CampaignPlan plan)
    {
        var me = t.Participant;
        var chosen = schools.Get(plan.SchoolIds);
        var slots = Slots(plan);
        t.Conversation = t.Conversation.Clear(t.Now);
        if (chosen.Count == 0 || slots.Count == 0 || chosen.Any(s => !CampaignEligibility.CanManage(me, s)))
        {
            t.Show(Texts.Common.NoRights);
            return;
        }
        if (chosen.Any(s => CampaignRules.Check(plan.OpensOn, plan.ClosesOn, Deadlines.LocalToday(t.Now, zones.ForSchool(s))) != DatesProblem.None))
        {
            t.Show(CampaignTexts.OpensInThePast);
            return;
        }
        var batch = chosen.Count > 1 ? Ids.Random(6) : null;
        var people = participants.All();
        var opened = new List<Campaign>();
        foreach (var school in chosen)
        {
            var c = CampaignRules.Scheduled(new Campaign
            {
                Id = Ids.Random(6),
                SchoolId = school.Id,
                BatchId = batch,
                Slots = slots,
                CreatedBy = me.Id,
                CreatedAtUtc = t.Now,
            }, plan.OpensOn, plan.ClosesOn, zones.ForSchool(school));
            c = c with { Links = MakeLinks(c, me, plan.StudentLinks, t.Now) };
            campaigns.Save(c);
            inviter.InviteDue(c, people, t.Now);
            opened.Add(c);
        }
        Report(t, opened);
    }

    private List<CampaignLink> MakeLinks(Campaign c, Participant me, bool studentLinks, DateTime nowUtc)
    {
        var result = new List<CampaignLink>();
        foreach (var g in c.Groups.Where(g => g.ByClassLink && (g.Kind == GroupKind.Parents || studentLinks)))
        {
            var invite = CampaignLinks.Make(c, g, me, nowUtc, Ids.Random(InvitePolicy.CodeBytes));
            invites.Save(invite);
            result.Add(new CampaignLink { GroupKey = g.Key, InviteCode = invite.Id });
        }
        return result;
    }

    private void Report(Turn t, IReadOnlyList<Campaign> opened)
    {
        if (opened.Count == 1)
        {
            var (text, keyboard) = progress.Card(opened[0], t.Participant, t.Now);
            t.Show($"{CampaignTexts.Opened(1)} {CampaignTexts.InviteTeachersNote}\n\n{text}", keyboard);
            links.Show(t, opened[0]);
            return;
        }
        var rows = opened.Select(c => new Button(progress.SchoolName(c), CampaignCallbacks.View(c.Id))).ToList();
        t.Show($"{CampaignTexts.Opened(opened.Count)} {CampaignTexts.InviteTeachersNote}\n\nСсылки и ход анкетирования — в карточке каждой школы:",
            Keyboard.Column(rows.Append(new Button(CampaignTexts.Back, CampaignCallbacks.List()))));
    }
}
