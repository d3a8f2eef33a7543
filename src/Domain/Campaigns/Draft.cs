using SchoolSupport.Domain.Questionnaires;

namespace SchoolSupport.Domain.Campaigns;

/// <summary>One answer of a draft or a sheet (a list, not a map: item ids stay plain values in storage).</summary>
public sealed record ItemAnswer
{
    public required string ItemId { get; init; }
    public required AnswerValue Value { get; init; }
}

/// <summary>
/// A questionnaire being filled in by one participant: saved after every answer, so nothing is lost on /cancel, a closed
/// chat or a restart. It belongs to the participant until submission, when it is deleted and an anonymous
/// <see cref="AnswerSheet"/> is written instead.
/// </summary>
public sealed record Draft
{
    /// <summary>"&lt;campaign&gt;|&lt;slot&gt;|&lt;participant&gt;".</summary>
    public required string Id { get; init; }
    public required string CampaignId { get; init; }
    public required int Slot { get; init; }
    public required string ParticipantId { get; init; }
    public required string InstrumentId { get; init; }
    public required int InstrumentVersion { get; init; }
    public IReadOnlyList<ItemAnswer> Answers { get; init; } = [];
    /// <summary>The item on screen; null = the review screen.</summary>
    public string? Cursor { get; init; }
    /// <summary>The respondent came to <see cref="Cursor"/> from the review screen and goes back there after answering.</summary>
    public bool FromReview { get; init; }
    /// <summary>Multiple choice: the options ticked on the current item (at first those of its answer), confirmed with «Готово».</summary>
    public IReadOnlyList<string> Ticked { get; init; } = [];
    /// <summary>The written-in "other" text for the current item, while it is not confirmed.</summary>
    public string? OtherText { get; init; }
    /// <summary>The next text message is the written-in "other" answer of the current item.</summary>
    public bool AwaitingOther { get; init; }
    /// <summary>Grows on every change: a review screen carries it, so a submit press from an outdated screen is refused.</summary>
    public int Step { get; init; }
    public DateTime UpdatedAtUtc { get; init; }
    /// <summary>Set when the campaign closed: anonymous groups' answers were removed, only how far they got is kept.</summary>
    public bool Emptied { get; init; }
    /// <summary>Answers given, kept when the answers themselves are emptied.</summary>
    public int AnsweredCount { get; init; }

    public static string KeyOf(string campaignId, int slot, string participantId) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{campaignId}|{slot}|{participantId}");

    public InstrumentVersion Instrument => new(InstrumentId, InstrumentVersion);

    public IReadOnlyDictionary<string, AnswerValue> AnswerMap() =>
        Answers.ToDictionary(a => a.ItemId, a => a.Value, StringComparer.Ordinal);

    public AnswerValue? AnswerTo(string itemId) => Answers.FirstOrDefault(a => a.ItemId == itemId)?.Value;
}
