using SchoolSupport.Domain.Questionnaires;

namespace SchoolSupport.Domain.Campaigns;

/// <summary>
/// One submitted questionnaire, anonymous: no participant, chat or message id and no time finer than the day. Its id
/// starts with school, instrument and group (so a school's sheets are read by id range) and ends with random
/// characters, so neither the id nor the storage order says who answered or when.
/// </summary>
public sealed record AnswerSheet
{
    public required string Id { get; init; }
    public required string CampaignId { get; init; }
    public required int SchoolId { get; init; }
    public required string InstrumentId { get; init; }
    public required int InstrumentVersion { get; init; }
    public required CampaignGroup Group { get; init; }
    /// <summary>The school's local day of submission.</summary>
    public required DateOnly Day { get; init; }
    public IReadOnlyList<ItemAnswer> Answers { get; init; } = [];

    public InstrumentVersion Instrument => new(InstrumentId, InstrumentVersion);

    /// <summary>"&lt;school&gt;|&lt;instrument&gt;|" or, with a group, "&lt;school&gt;|&lt;instrument&gt;|&lt;group&gt;|": the id range of a bucket.</summary>
    public static string Prefix(int schoolId, string instrumentId, CampaignGroup? group = null) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{schoolId}|{instrumentId}|{(group is null ? "" : group.Key + "|")}");

    /// <summary>
    /// The sheet for a finished draft: only the answers to items that apply (an answer hidden by a changed earlier answer
    /// is dropped). Nothing of the draft that names the person is carried over.
    /// </summary>
    public static AnswerSheet From(Draft d, Campaign c, CampaignSlot slot, Instrument instrument, DateOnly day, string randomPart) => new()
    {
        Id = Prefix(c.SchoolId, d.InstrumentId, slot.Group) + randomPart,
        CampaignId = c.Id,
        SchoolId = c.SchoolId,
        InstrumentId = d.InstrumentId,
        InstrumentVersion = d.InstrumentVersion,
        Group = slot.Group,
        Day = day,
        Answers = [.. Questionnaire.Prune(instrument, d.AnswerMap()).Select(a => new ItemAnswer { ItemId = a.Key, Value = a.Value }).OrderBy(a => a.ItemId, StringComparer.Ordinal)],
    };

    public SubmittedAnswers Read(Instrument instrument) =>
        new(instrument, Answers.ToDictionary(a => a.ItemId, a => a.Value, StringComparer.Ordinal));
}
