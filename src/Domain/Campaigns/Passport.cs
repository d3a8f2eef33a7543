namespace SchoolSupport.Domain.Campaigns;

/// <summary>
/// The expected respondents a school's social passport gives (Content/questionnaires/principal-passport.*): its number
/// of teachers and of students in grades 6 and 9. The passport of the latest day counts; when the school team filled it
/// in more than once that day, each number is the largest given.
/// </summary>
public static class Passport
{
    public const string InstrumentId = "principal-passport";
    public const string Teachers = "teachers-total";
    public const string Grade6 = "students-6";
    public const string Grade9 = "students-9";

    public static PassportCounts Counts(IReadOnlyList<AnswerSheet> sheets)
    {
        if (sheets.Count == 0) return PassportCounts.None;
        var day = sheets.Max(s => s.Day);
        var latest = sheets.Where(s => s.Day == day).ToList();
        int? Field(string itemId) => latest
            .Select(s => s.Answers.FirstOrDefault(a => a.ItemId == itemId)?.Value.Number)
            .Where(n => n is not null)
            .Select(n => (int?)decimal.ToInt32(decimal.Round(n!.Value)))
            .Max();
        return new PassportCounts { Teachers = Field(Teachers), Grade6Students = Field(Grade6), Grade9Students = Field(Grade9) };
    }
}
