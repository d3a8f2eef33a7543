using SchoolSupport.Domain.Participants;

namespace SchoolSupport.Domain.Campaigns;

/// <summary>Why a participant may not answer a slot now; <see cref="Ok"/> when they may.</summary>
public enum AnswerGate
{
    Ok,
    NotInGroup,
    /// <summary>A student whose parents' consent was never recorded (domain.md §2).</summary>
    NoParentalConsent,
    NotOpenYet,
    Closed,
    AlreadySubmitted,
}

/// <summary>Who answers what: every press and every text asks again, because button data is never trusted.</summary>
public static class CampaignEligibility
{
    /// <summary>Is <paramref name="p"/> a member of <paramref name="group"/> at the school (parental consent aside)?</summary>
    public static bool InGroup(Participant p, int schoolId, CampaignGroup group) =>
        p.Roles.Any(r => r.Role == group.Role && r.SchoolIds.Contains(schoolId) && (!group.ByClassLink || r.Grade == group.Grade));

    /// <summary>A student joined only through a link whose parental consent was recorded (by a parent or the school).</summary>
    public static bool HasParentalConsent(Participant p) =>
        p.Consents.Any(c => c.Basis is { } b && b.ConfirmedBy.Length > 0);

    /// <summary>The slots of <paramref name="c"/> that <paramref name="p"/> belongs to (whatever the dates).</summary>
    public static IReadOnlyList<CampaignSlot> SlotsOf(Participant p, Campaign c) =>
        c.Slots.Where(s => InGroup(p, c.SchoolId, s.Group)).ToList();

    public static AnswerGate Check(Participant p, Campaign c, CampaignSlot slot, DateTime nowUtc, bool submitted)
    {
        if (!InGroup(p, c.SchoolId, slot.Group)) return AnswerGate.NotInGroup;
        if (slot.Group.Kind == GroupKind.Students && !HasParentalConsent(p)) return AnswerGate.NoParentalConsent;
        if (submitted) return AnswerGate.AlreadySubmitted;
        return CampaignRules.StateAt(c, nowUtc) switch
        {
            CampaignState.Scheduled => AnswerGate.NotOpenYet,
            CampaignState.Closed => AnswerGate.Closed,
            _ => AnswerGate.Ok,
        };
    }

    /// <summary>May <paramref name="p"/> open, follow and close campaigns at the school? The school team, the school's coordinator.</summary>
    public static bool CanManage(Participant p, Schools.School school) =>
        Access.IsSchoolTeamOf(p, school.Id) || Access.CoordinatesSchool(p, school);

    /// <summary>May <paramref name="p"/> see the progress of campaigns at the school? Those who manage them and the school's curator.</summary>
    public static bool CanFollow(Participant p, Schools.School school) => CanManage(p, school) || Access.IsCuratorOf(p, school.Id);
}
