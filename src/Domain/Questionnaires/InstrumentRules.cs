namespace SchoolSupport.Domain.Questionnaires;

/// <summary>
/// The rules every instrument file keeps (checked at start and by a test over every shipped file): ids well-formed and
/// unique, each kind with the fields it needs, conditions on earlier items, cross-item rules over number items.
/// Problems are for the people who edit the files, so they are in English. Risk references are checked by
/// <see cref="Risks.RiskCatalogueRules"/>, which knows the catalogue.
/// </summary>
public static class InstrumentRules
{
    public const int MaxIdLength = 40;
    public const int MaxOptionIdLength = 20;
    public const int MaxTitleLength = 150;
    public const int MaxItemTextLength = 600;
    /// <summary>Telegram shows about this much of a button; longer labels go in the question text.</summary>
    public const int MaxLabelLength = 60;
    public const int MaxIntroLength = 1500;
    /// <summary>Item and option positions travel in button data.</summary>
    public const int MaxItems = 200;
    public const int MaxOptions = 20;
    public const int MaxTextLimit = 2000;
    public const int MaxDecimals = 3;

    /// <summary>Problems of a set of instruments: each one's own, and (id, version) pairs used twice.</summary>
    public static IReadOnlyList<string> Problems(IReadOnlyList<Instrument> instruments)
    {
        var problems = instruments.SelectMany(Problems).ToList();
        problems.AddRange(instruments.GroupBy(i => i.Key).Where(g => g.Count() > 1)
            .Select(g => $"instrument {g.Key} is defined by {g.Count()} files"));
        return problems;
    }

    public static IReadOnlyList<string> Problems(Instrument instrument)
    {
        var p = new List<string>();
        var name = $"instrument {instrument.Key}";
        if (!IsId(instrument.Id, MaxIdLength)) p.Add($"{name}: id must be 1..{MaxIdLength} of a-z, 0-9 and '-'");
        if (instrument.Version < 1) p.Add($"{name}: version must be 1 or more");
        if (!IsText(instrument.Title, MaxTitleLength)) p.Add($"{name}: title must be 1..{MaxTitleLength} characters");
        if (!Enum.IsDefined(instrument.Respondent)) p.Add($"{name}: unknown respondent group");
        if (instrument.Intro is { } intro && !IsText(intro, MaxIntroLength)) p.Add($"{name}: intro must be 1..{MaxIntroLength} characters");
        if (instrument.Sections.Count == 0) p.Add($"{name}: needs at least one section");
        var sectionIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in instrument.Sections)
        {
            var where = $"{name}, section '{s.Id}'";
            if (!IsId(s.Id, MaxIdLength)) p.Add($"{where}: id must be 1..{MaxIdLength} of a-z, 0-9 and '-'");
            if (!sectionIds.Add(s.Id)) p.Add($"{where}: id appears twice");
            if (!IsText(s.Title, MaxTitleLength)) p.Add($"{where}: title must be 1..{MaxTitleLength} characters");
            if (s.Intro is { } si && !IsText(si, MaxIntroLength)) p.Add($"{where}: intro must be 1..{MaxIntroLength} characters");
            if (s.Items.Count == 0) p.Add($"{where}: needs at least one item");
        }
        var items = instrument.Items;
        if (items.Count > MaxItems) p.Add($"{name}: more than {MaxItems} items");
        var earlier = new Dictionary<string, Item>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var where = $"{name}, item '{item.Id}'";
            if (!IsId(item.Id, MaxIdLength)) p.Add($"{where}: id must be 1..{MaxIdLength} of a-z, 0-9 and '-'");
            if (earlier.ContainsKey(item.Id)) p.Add($"{where}: id appears twice");
            ItemRules.Check(item, where, p);
            if (item.ShowIf is { } cond) ItemRules.CheckShowIf(cond, earlier, items, where, p);
            earlier.TryAdd(item.Id, item);
        }
        foreach (var rule in instrument.Rules) CheckRule(rule, earlier, name, p);
        return p;
    }

    private static void CheckRule(NotAboveRule rule, Dictionary<string, Item> items, string name, List<string> p)
    {
        var where = $"{name}, rule over '{string.Join("+", rule.Parts)}'";
        if (rule.Parts.Count == 0) p.Add($"{where}: needs at least one part");
        foreach (var part in rule.Parts.Append(rule.Total).OfType<string>())
        {
            if (!items.TryGetValue(part, out var item)) p.Add($"{where}: no item '{part}'");
            else if (item.Kind != ItemKind.Number) p.Add($"{where}: item '{part}' is not a number");
        }
        if ((rule.Total is null) == (rule.Limit is null)) p.Add($"{where}: give either a total item or a limit");
        if (rule.Total is { } t && rule.Parts.Contains(t)) p.Add($"{where}: the total '{t}' is also a part");
        if (rule.Parts.Distinct(StringComparer.Ordinal).Count() != rule.Parts.Count) p.Add($"{where}: a part appears twice");
        if (!IsText(rule.Explain, MaxTitleLength)) p.Add($"{where}: explain must be 1..{MaxTitleLength} characters");
    }

    internal static bool IsId(string? id, int max) =>
        id is { Length: > 0 } && id.Length <= max && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    internal static bool IsText(string? text, int max) => !string.IsNullOrWhiteSpace(text) && text.Length <= max;
}
