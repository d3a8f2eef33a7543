namespace SchoolSupport.Domain.Questionnaires;

/// <summary>The per-item part of <see cref="InstrumentRules"/>: the fields each kind needs and no others.</summary>
internal static class ItemRules
{
    public static void Check(Item item, string where, List<string> p)
    {
        if (!InstrumentRules.IsText(item.Text, InstrumentRules.MaxItemTextLength)) p.Add($"{where}: text must be 1..{InstrumentRules.MaxItemTextLength} characters");
        if (!Enum.IsDefined(item.Kind)) { p.Add($"{where}: unknown kind"); return; }
        if (item.IsChoice) CheckChoices(item, where, p);
        else
        {
            if (item.Options.Count > 0) p.Add($"{where}: a {item.Kind} item has no options");
            if (item.Risks.Count > 0) p.Add($"{where}: only choice items inform risks (through their options' scores)");
        }
        if (item.Kind == ItemKind.Number) CheckNumber(item, where, p);
        else if (item.Min is not null || item.Max is not null || item.Decimals != 0 || item.Unit is not null) p.Add($"{where}: min, max, decimals and unit are for number items");
        if (item.MaxChoices is not null && item.Kind != ItemKind.MultipleChoice) p.Add($"{where}: maxChoices is for multiple choice");
        if (item.AllowOther && item.Kind is not (ItemKind.SingleChoice or ItemKind.MultipleChoice)) p.Add($"{where}: allowOther is for single and multiple choice");
        if (item.OtherLabel is not null && !item.AllowOther) p.Add($"{where}: otherLabel without allowOther");
        if (item.MaxLength is { } len && (len < 1 || len > InstrumentRules.MaxTextLimit)) p.Add($"{where}: maxLength must be 1..{InstrumentRules.MaxTextLimit}");
        if (item.MaxLength is not null && !item.HasFreeText) p.Add($"{where}: maxLength is for short text and 'other' answers");
    }

    public static void CheckShowIf(ShowIf cond, Dictionary<string, Item> earlier, IReadOnlyList<Item> all, string where, List<string> p)
    {
        if (!earlier.TryGetValue(cond.Item, out var target))
        {
            p.Add(all.Any(i => i.Id == cond.Item)
                ? $"{where}: showIf refers to '{cond.Item}', which comes later; a condition may only look back"
                : $"{where}: showIf refers to unknown item '{cond.Item}'");
            return;
        }
        var byNumber = cond.AtLeast is not null || cond.AtMost is not null;
        if ((cond.AnyOf is null) == !byNumber) { p.Add($"{where}: showIf needs either anyOf or atLeast/atMost"); return; }
        if (cond.AnyOf is { } ids)
        {
            if (!target.IsChoice) p.Add($"{where}: showIf anyOf needs a choice item, '{target.Id}' is {target.Kind}");
            if (ids.Count == 0) p.Add($"{where}: showIf anyOf is empty");
            foreach (var id in ids.Where(id => target.Option(id) is null && !(id == Item.OtherOptionId && target.AllowOther)))
                p.Add($"{where}: showIf refers to unknown option '{id}' of '{target.Id}'");
        }
        else
        {
            if (target.Kind != ItemKind.Number) p.Add($"{where}: showIf atLeast/atMost needs a number item, '{target.Id}' is {target.Kind}");
            if (cond.AtLeast > cond.AtMost) p.Add($"{where}: showIf atLeast is above atMost");
        }
    }

    private static void CheckChoices(Item item, string where, List<string> p)
    {
        var options = item.Choices;
        if (item.Kind == ItemKind.YesNo)
        {
            if (!options.Select(o => o.Id).SequenceEqual([Item.YesId, Item.NoId])) p.Add($"{where}: yes/no options must be exactly 'yes' then 'no'");
        }
        else if (options.Count < 2 || options.Count > InstrumentRules.MaxOptions) p.Add($"{where}: needs 2..{InstrumentRules.MaxOptions} options");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var o in options)
        {
            var at = $"{where}, option '{o.Id}'";
            if (!InstrumentRules.IsId(o.Id, InstrumentRules.MaxOptionIdLength)) p.Add($"{at}: id must be 1..{InstrumentRules.MaxOptionIdLength} of a-z, 0-9 and '-'");
            if (o.Id == Item.OtherOptionId) p.Add($"{at}: '{Item.OtherOptionId}' is reserved for written-in answers (allowOther)");
            if (!ids.Add(o.Id)) p.Add($"{at}: id appears twice");
            if (!InstrumentRules.IsText(o.Label, InstrumentRules.MaxLabelLength)) p.Add($"{at}: label must be 1..{InstrumentRules.MaxLabelLength} characters");
            if (o.Score is { } s && (!double.IsFinite(s) || s < 0 || s > 1)) p.Add($"{at}: score {s} is outside 0..1");
            if (o.Score is null && o.Risks is { Count: > 0 }) p.Add($"{at}: names risks but carries no score");
            if (o.Score is not null && o.RisksIn(item).Count == 0) p.Add($"{at}: carries a score but informs no risk");
        }
        if (item.Risks.Count > 0 && options.All(o => o.Score is null)) p.Add($"{where}: names risks but no option carries a score");
        if (item.MaxChoices is { } max && (max < 1 || max > options.Count + (item.AllowOther ? 1 : 0))) p.Add($"{where}: maxChoices must be 1..the number of options");
    }

    private static void CheckNumber(Item item, string where, List<string> p)
    {
        if (item.Min is null || item.Max is null) p.Add($"{where}: a number item needs min and max");
        else if (item.Min > item.Max) p.Add($"{where}: min is above max");
        if (item.Decimals < 0 || item.Decimals > InstrumentRules.MaxDecimals) p.Add($"{where}: decimals must be 0..{InstrumentRules.MaxDecimals}");
        if (item.Min is { } min && decimal.Round(min, item.Decimals) != min) p.Add($"{where}: min has more decimals than allowed");
        if (item.Max is { } max && decimal.Round(max, item.Decimals) != max) p.Add($"{where}: max has more decimals than allowed");
    }
}
