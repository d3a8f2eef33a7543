using System.Globalization;
using System.Text;
using CsvHelper;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using SchoolSupport.Bot.Features.Questionnaires;
using SchoolSupport.Domain.Questionnaires;
using SchoolSupport.Domain.Risks;

namespace SchoolSupport.Bot.Features.Profile;

/// <summary>What one export holds: anonymised answer rows, aggregate rows, and how many groups were held back.</summary>
internal sealed record ExportTables(IReadOnlyList<AnswerRow> Answers, IReadOnlyList<TotalRow> Totals, int Suppressed);

/// <summary>
/// Exports of anonymous answers and aggregates for schools (docs/decisions/0006-risk-profile-and-exports.md): a group
/// (school × instrument × respondent group) under 5 sheets, or hidden in any risk, gives no rows and its aggregates read
/// «скрыто»; free text needs 10; the day only when 5 sheets share it;
/// rows carry the day and a number within the export, in the random order of the sheet ids; aggregates follow
/// <see cref="RiskDisclosure"/>, so no hidden group can be recovered by subtraction.
/// </summary>
internal static class ProfileExport
{
    private static readonly CultureInfo Ru = Texts.Ru;

    public static ExportTables Tables(string municipality, IReadOnlyList<SchoolProfile> schools)
    {
        var answers = new List<AnswerRow>();
        var totals = new List<TotalRow>();
        var suppressed = 0;
        foreach (var p in schools.Where(p => p.Sheets.Count > 0))
        {
            foreach (var bucket in p.Sheets.GroupBy(s => (s.Sheet.InstrumentId, s.Answers.Instrument.Respondent)).OrderBy(b => b.Key.InstrumentId, StringComparer.Ordinal).ThenBy(b => b.Key.Respondent))
            {
                var sheets = bucket.ToList();
                var group = bucket.Key.Respondent;
                // A group hidden in a risk the instrument informs (too small, or covering a small one) gives no rows either:
                // its mean would follow from them.
                if (!ExportRules.ExportsRows(group, sheets.Count) || RiskDisclosure.RowsReveal(p.Risks, sheets[0].Answers.Instrument, group)) { suppressed++; continue; }
                var freeText = ExportRules.ExportsFreeText(group, sheets.Count);
                var days = sheets.Select(s => s.Sheet.Day).ToList();
                for (var n = 0; n < sheets.Count; n++) answers.AddRange(Rows(municipality, p, sheets[n], n + 1, freeText, ExportRules.When(group, days, sheets[n].Sheet.Day)));
            }
            totals.AddRange(RiskTotals(municipality, p));
            totals.AddRange(BlockTotals(municipality, p));
        }
        return new ExportTables(answers, totals, suppressed);
    }

    public static byte[] Xlsx(ExportTables t)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object> { [ProfileTexts.SheetAnswers] = t.Answers, [ProfileTexts.SheetTotals] = t.Totals });
        return stream.ToArray();
    }

    /// <summary>A CSV for Russian Excel: UTF-8 with a byte order mark, «;» between fields, decimal commas, formulas escaped.</summary>
    public static byte[] Csv(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, CsvWriterOptions.Default with { Separator = ';', WriteByteOrderMark = true, Injection = CsvInjection.Escape }, leaveOpen: true))
        {
            csv.WriteHeader([.. header]);
            foreach (var row in rows) csv.WriteRecord([.. row]);
        }
        return stream.ToArray();
    }

    public static byte[] Csv(IReadOnlyList<AnswerRow> rows) => Csv(AnswerRow.Header, rows.Select(r => r.Fields()));

    public static byte[] Csv(IReadOnlyList<TotalRow> rows) => Csv(TotalRow.Header, rows.Select(r => r.Fields()));

    /// <summary>The heat table as XLSX: a row per school, a column per risk (indicator or «скрыто»), highs and working directions.</summary>
    public static byte[] HeatXlsx(string municipality, IReadOnlyList<SchoolProfile> schools)
    {
        var rows = schools.Select(p =>
        {
            var row = new Dictionary<string, object?> { [ProfileTexts.ColMunicipality] = municipality, [ProfileTexts.ColSchool] = p.School.Name };
            foreach (var r in p.Risks.Risks)
                row[$"{r.Risk.Id}. {r.Risk.ShortName}"] = RiskDisclosure.ShownIndicator(r) is { } v ? v : r.Indicator is null ? ProfileTexts.NotDiagnosedShort : ProfileTexts.HiddenShort;
            row[ProfileTexts.ColHigh] = ProfileScreens.Count(p, RiskLevel.High);
            row[ProfileTexts.ColActive] = string.Join(", ", p.Verification.ActiveRisks());
            return row;
        }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(rows, sheetName: ProfileTexts.SheetHeat);
        return stream.ToArray();
    }

    private static IEnumerable<AnswerRow> Rows(string municipality, SchoolProfile p, ReadSheet s, int number, bool freeText, string when)
    {
        var instrument = s.Answers.Instrument;
        foreach (var item in instrument.Items)
        {
            if (!s.Answers.Answers.TryGetValue(item.Id, out var answer)) continue;
            yield return new AnswerRow
            {
                Municipality = municipality,
                School = p.School.Name,
                Instrument = instrument.Title,
                Version = instrument.Version,
                Group = ProfileTexts.GroupTitle(instrument.Respondent),
                Day = when,
                Sheet = number,
                Item = item.Id,
                Question = item.Text,
                Answer = Text(item, answer, freeText),
            };
        }
    }

    private static string Text(Item item, AnswerValue a, bool freeText)
    {
        if (a.IsSkipped) return ProfileTexts.Skipped;
        if (a.Number is { } n) return n.ToString(Ru);
        if (a.Text is not null) return freeText ? a.Text : ProfileTexts.HiddenText;
        var labels = a.Options.Where(o => o != Item.OtherOptionId).Select(o => item.Option(o)?.Label ?? o).ToList();
        if (a.Options.Contains(Item.OtherOptionId)) labels.Add($"{item.OtherButton}: {(freeText ? a.OtherText : ProfileTexts.HiddenText)}");
        return string.Join("; ", labels);
    }

    private static IEnumerable<TotalRow> RiskTotals(string municipality, SchoolProfile p)
    {
        foreach (var r in p.Risks.Risks)
        {
            var d = RiskDisclosure.Of(r);
            var shown = RiskDisclosure.ShownIndicator(r);
            yield return Total(municipality, p, ProfileTexts.SectionRisks, $"{r.Risk.Id}. {r.Risk.Name}", ProfileTexts.AllGroups) with
            {
                Value = shown,
                Result = r.Indicator is null ? ProfileTexts.NotDiagnosedShort : shown is null ? ProfileTexts.Hidden : ProfileTexts.Level(r.Level!.Value),
                Respondents = shown is null ? null : r.Respondents,
                Answers = shown is null ? null : r.Answers,
            };
            foreach (var g in r.Groups)
            {
                var show = d.ShowsGroup(g.Group);
                yield return Total(municipality, p, ProfileTexts.SectionRisks, $"{r.Risk.Id}. {r.Risk.Name}", ProfileTexts.Group(g.Group)) with
                {
                    Value = show ? g.Mean : null,
                    Result = show ? "" : ProfileTexts.Hidden,
                    Respondents = show ? g.Respondents : null,
                    Answers = show ? g.Answers : null,
                };
            }
        }
    }

    private static IEnumerable<TotalRow> BlockTotals(string municipality, SchoolProfile p)
    {
        if (p.Changes is null) return [];
        return p.Blocks.Where(b => b.Respondents > 0).Select(b => Anonymity.CanShow(b.Respondents)
            ? Total(municipality, p, ProfileTexts.SectionChanges, b.Block.Title, ProfileTexts.Group(RespondentGroup.Teacher)) with
            {
                Result = ProfileTexts.Changed(b.Changed),
                Respondents = b.Respondents,
                Answers = b.Answers,
                Shares = string.Join(" · ", b.Shares.Select(s => $"{s.Point.Label} {ProfileTexts.Percent(s.Share)}")),
            }
            : Total(municipality, p, ProfileTexts.SectionChanges, b.Block.Title, ProfileTexts.Group(RespondentGroup.Teacher)) with { Result = ProfileTexts.Hidden });
    }

    private static TotalRow Total(string municipality, SchoolProfile p, string section, string indicator, string group) =>
        new() { Municipality = municipality, School = p.School.Name, Section = section, Indicator = indicator, Group = group };
}

/// <summary>One answer of one anonymous sheet.</summary>
internal sealed record AnswerRow
{
    [ExcelColumnName(ProfileTexts.ColMunicipality)] public string Municipality { get; init; } = "";
    [ExcelColumnName(ProfileTexts.ColSchool)] public string School { get; init; } = "";
    [ExcelColumnName(ProfileTexts.ColInstrument)] public string Instrument { get; init; } = "";
    [ExcelColumnName(ProfileTexts.ColVersion)] public int Version { get; init; }
    [ExcelColumnName(ProfileTexts.ColGroup)] public string Group { get; init; } = "";
    [ExcelColumnName(ProfileTexts.ColDay)] public string Day { get; init; } = "";
    [ExcelColumnName(ProfileTexts.ColSheet)] public int Sheet { get; init; }
    [ExcelColumnName(ProfileTexts.ColItem)] public string Item { get; init; } = "";
    [ExcelColumnName(ProfileTexts.ColQuestion)] public string Question { get; init; } = "";
    [ExcelColumnName(ProfileTexts.ColAnswer)] public string Answer { get; init; } = "";

    public static IReadOnlyList<string> Header { get; } = [ProfileTexts.ColMunicipality, ProfileTexts.ColSchool, ProfileTexts.ColInstrument, ProfileTexts.ColVersion,
        ProfileTexts.ColGroup, ProfileTexts.ColDay, ProfileTexts.ColSheet, ProfileTexts.ColItem, ProfileTexts.ColQuestion, ProfileTexts.ColAnswer];

    public IReadOnlyList<string?> Fields() => [Municipality, School, Instrument, Version.ToString(CultureInfo.InvariantCulture), Group, Day,
        Sheet.ToString(CultureInfo.InvariantCulture), Item, Question, Answer];
}

/// <summary>One aggregate: a risk (all groups or one group) or a block of «Есть ли изменения?».</summary>
internal sealed record TotalRow
{
    [ExcelColumnName(ProfileTexts.ColMunicipality)] public string Municipality { get; init; } = "";
    [ExcelColumnName(ProfileTexts.ColSchool)] public string School { get; init; } = "";
    [ExcelColumnName(ProfileTexts.ColSection)] public string Section { get; init; } = "";
    [ExcelColumnName(ProfileTexts.ColIndicator)] public string Indicator { get; init; } = "";
    [ExcelColumnName(ProfileTexts.ColGroup)] public string Group { get; init; } = "";
    [ExcelColumnName(ProfileTexts.ColValue)] public double? Value { get; init; }
    [ExcelColumnName(ProfileTexts.ColResult)] public string Result { get; init; } = "";
    [ExcelColumnName(ProfileTexts.ColRespondents)] public int? Respondents { get; init; }
    [ExcelColumnName(ProfileTexts.ColAnswers)] public int? Answers { get; init; }
    [ExcelColumnName(ProfileTexts.ColShares)] public string Shares { get; init; } = "";

    public static IReadOnlyList<string> Header { get; } = [ProfileTexts.ColMunicipality, ProfileTexts.ColSchool, ProfileTexts.ColSection, ProfileTexts.ColIndicator,
        ProfileTexts.ColGroup, ProfileTexts.ColValue, ProfileTexts.ColResult, ProfileTexts.ColRespondents, ProfileTexts.ColAnswers, ProfileTexts.ColShares];

    public IReadOnlyList<string?> Fields() => [Municipality, School, Section, Indicator, Group, Value?.ToString("0.00", Texts.Ru), Result,
        Respondents?.ToString(CultureInfo.InvariantCulture), Answers?.ToString(CultureInfo.InvariantCulture), Shares];
}
