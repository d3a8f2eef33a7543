namespace SchoolSupport.Domain.Participants;

public enum ConsentKind
{
    /// <summary>Согласие на обработку персональных данных (152-ФЗ), given by the person.</summary>
    PersonalData = 1,
    /// <summary>A parent's consent for their child (a student of grade 6 or 9) to use the bot.</summary>
    ForChild = 2,
}

/// <summary>A consent as given: what text version, when, for which school and grade when it is for a child.</summary>
public sealed record ConsentRecord
{
    public required ConsentKind Kind { get; init; }
    public required string TextVersion { get; init; }
    public DateTime GivenAtUtc { get; init; }
    public int? SchoolId { get; init; }
    public int? Grade { get; init; }
    /// <summary>For a student: how the parents' consent was recorded.</summary>
    public ParentalConsentBasis? Basis { get; init; }
}

/// <summary>How a student's parental consent was recorded before the student could join.</summary>
public sealed record ParentalConsentBasis
{
    /// <summary>"parent" when a parent consented in the bot, "school" when the school team confirmed written consents.</summary>
    public required string Source { get; init; }
    public required string ConfirmedBy { get; init; }
    public DateTime ConfirmedAtUtc { get; init; }
}
