using SchoolSupport.Domain.Campaigns;
using SchoolSupport.Domain.Participants;

namespace SchoolSupport.Domain.Tests.Campaigns;

/// <summary>A campaign at school 7 of Верхняя Пышма (UTC+5), 1–14 December 2026: teachers, the principal, parents and students of grade 9.</summary>
internal static class CampaignWorld
{
    public const int School = 7;
    public static readonly TimeZoneInfo Yekaterinburg = TimeZoneInfo.FindSystemTimeZoneById("Asia/Yekaterinburg");

    public static readonly CampaignSlot TeacherSlot = new() { Index = 0, InstrumentId = "teachers", InstrumentVersion = 1, Group = CampaignGroup.Teachers };
    public static readonly CampaignSlot ChangesSlot = new() { Index = 1, InstrumentId = "changes", InstrumentVersion = 1, Group = CampaignGroup.Teachers };
    public static readonly CampaignSlot PrincipalSlot = new() { Index = 2, InstrumentId = "principal", InstrumentVersion = 1, Group = CampaignGroup.Principal };
    public static readonly CampaignSlot Parents9Slot = new() { Index = 3, InstrumentId = "parents", InstrumentVersion = 1, Group = CampaignGroup.Parents(9) };
    public static readonly CampaignSlot Students9Slot = new() { Index = 4, InstrumentId = "students", InstrumentVersion = 1, Group = CampaignGroup.Students(9) };

    public static Campaign December(DateOnly? opens = null, DateOnly? closes = null) =>
        CampaignRules.Scheduled(new Campaign
        {
            Id = "camp0001",
            SchoolId = School,
            Slots = [TeacherSlot, ChangesSlot, PrincipalSlot, Parents9Slot, Students9Slot],
            CreatedBy = "team",
            CreatedAtUtc = Utc(11, 30, 5),
        }, opens ?? new DateOnly(2026, 12, 1), closes ?? new DateOnly(2026, 12, 14), Yekaterinburg);

    /// <summary>A UTC moment in 2026.</summary>
    public static DateTime Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, DateTimeKind.Utc);

    public static Participant Person(Role role, int school = School, int? grade = null, bool parentalConsent = false) => new()
    {
        Id = $"{role}-{grade}",
        Roles = [new RoleGrant { Role = role, SchoolIds = [school], Grade = grade }],
        Consents = [new ConsentRecord
        {
            Kind = ConsentKind.PersonalData,
            TextVersion = "1",
            Basis = parentalConsent ? new ParentalConsentBasis { Source = "parent", ConfirmedBy = "mother" } : null,
        }],
    };
}
