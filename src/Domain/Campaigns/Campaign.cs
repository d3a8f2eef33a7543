namespace SchoolSupport.Domain.Campaigns;

/// <summary>
/// A diagnostic campaign at one school: which instruments which groups answer, from which day to which day (the
/// school's calendar). A coordinator opening it for many schools at once gets one campaign per school, sharing a
/// <see cref="BatchId"/>.
/// </summary>
public sealed record Campaign
{
    /// <summary>Random, 8 characters of base64url: short enough for button data.</summary>
    public required string Id { get; init; }
    public required int SchoolId { get; init; }
    public string? BatchId { get; init; }
    public IReadOnlyList<CampaignSlot> Slots { get; init; } = [];
    /// <summary>First day answers are accepted (school's local calendar).</summary>
    public DateOnly OpensOn { get; init; }
    /// <summary>Last day answers are accepted (school's local calendar).</summary>
    public DateOnly ClosesOn { get; init; }
    /// <summary>The start of <see cref="OpensOn"/> in the school's zone.</summary>
    public DateTime OpensAtUtc { get; init; }
    /// <summary>The end of <see cref="ClosesOn"/> in the school's zone: from then on nothing is accepted.</summary>
    public DateTime ClosesAtUtc { get; init; }
    public required string CreatedBy { get; init; }
    public DateTime CreatedAtUtc { get; init; }
    /// <summary>Set when someone closed the campaign before its date.</summary>
    public DateTime? StoppedAtUtc { get; init; }
    /// <summary>Set once the close was handled (final summary sent, anonymous drafts emptied).</summary>
    public DateTime? CloseHandledAtUtc { get; init; }
    /// <summary>Expected respondents entered by hand, by <see cref="CampaignGroup.Key"/>; they win over the passport.</summary>
    public Dictionary<string, int> ExpectedByHand { get; init; } = [];
    /// <summary>The class links made for the campaign (parents and students per grade).</summary>
    public IReadOnlyList<CampaignLink> Links { get; init; } = [];

    public IEnumerable<CampaignGroup> Groups => Slots.Select(s => s.Group).Distinct();

    public CampaignSlot? Slot(int index) => Slots.FirstOrDefault(s => s.Index == index);
}

/// <summary>One instrument answered by one group: the unit of answering, of drafts and of the progress matrix.</summary>
public sealed record CampaignSlot
{
    /// <summary>Position in the campaign (0, 1, …), used in button data.</summary>
    public required int Index { get; init; }
    public required string InstrumentId { get; init; }
    /// <summary>The instrument version the campaign opened with; drafts and answer sheets carry their own.</summary>
    public required int InstrumentVersion { get; init; }
    public required CampaignGroup Group { get; init; }
}

/// <summary>A class link made for a campaign: an ordinary invite code for one group.</summary>
public sealed record CampaignLink
{
    public required string GroupKey { get; init; }
    public required string InviteCode { get; init; }
}
