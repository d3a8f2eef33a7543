using System.Globalization;
using SchoolSupport.Bot.Features.Menu;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Bot.Features.Schools;

/// <summary>
/// Adding one school (coordinators): step "name" (text, validated exactly as a CSV row) → step "flags"
/// (toggle buttons, then save). Data keys: "muni" (municipality id), "name" (normalised name), "flags" (int).
/// The rights are checked again on every step.
/// </summary>
internal sealed class SchoolWizard(SchoolRepository schools)
{
    public const string NameStep = "name";
    public const string FlagsStep = "flags";
    public const string MunicipalityKey = "muni";
    public const string NameKey = "name";
    public const string FlagsKey = "flags";

    public void Begin(Turn t, string municipalityId)
    {
        if (SchoolScope.Managed(t.Participant, schools, municipalityId) is not { } m)
        {
            t.Answer(Texts.Common.NoRights, alert: true);
            return;
        }
        t.Conversation = t.Conversation.Start(SchoolsFeature.FlowName, NameStep, t.Now).With(MunicipalityKey, m.Id, t.Now);
        t.Show(SchoolTexts.AskName(m.Name), Keyboard.Of([new Button(SchoolTexts.ToSchools, SchoolCallbacks.Municipality(m.Id))]));
    }

    public void OnName(Turn t, string text)
    {
        if (Municipality(t) is not { } m) return;
        var result = Validate(t.Participant, m, text);
        if (!result.IsValid)
        {
            t.Reply(SchoolTexts.NameRejected(result.Errors.Select(e => e.Reason)));
            return;
        }
        t.Conversation = t.Conversation
            .With(NameKey, result.School.Name, t.Now)
            .With(FlagsKey, "0", t.Now)
            .Goto(FlagsStep, t.Now);
        ShowFlags(t, m);
    }

    /// <summary>"f" (toggle a flag) and "ok" (save): valid only on the current flags message.</summary>
    public void OnButton(Turn t, CallbackData d)
    {
        var c = t.Conversation;
        if (c.Flow != SchoolsFeature.FlowName || c.Step != FlagsStep || d.IntArg(d.Args.Count - 1) != c.Version)
        {
            t.Answer(Texts.Common.StaleButton, alert: true);
            return;
        }
        if (Municipality(t) is not { } m) return;
        switch (d.Arg(0))
        {
            case "f" when d.IntArg(1) is { } bit && SchoolCards.Flags.Contains((SchoolFlags)bit):
                t.Conversation = c.With(FlagsKey, Str((int)(Flags(t) ^ (SchoolFlags)bit)), t.Now);
                ShowFlags(t, m);
                return;
            case "ok":
                Save(t, m);
                return;
            default:
                t.Answer(Texts.Common.StaleButton, alert: true);
                return;
        }
    }

    private static void ShowFlags(Turn t, Municipality m)
    {
        var flags = Flags(t);
        var v = t.Conversation.Version;
        Button Toggle(SchoolFlags f) => new(SchoolTexts.FlagButton(f, flags.HasFlag(f)), SchoolCallbacks.Flag(f, v));
        var keyboard = Keyboard.Of(
            [Toggle(SchoolFlags.LowResults), Toggle(SchoolFlags.AdverseConditions)],
            [Toggle(SchoolFlags.VprBias), Toggle(SchoolFlags.RiskZone)],
            [new Button(SchoolTexts.Save, SchoolCallbacks.Save(v))]);
        t.Show(SchoolTexts.AskFlags(t.Conversation.Get(NameKey) ?? "", m.Name, Texts.Flags(flags)), keyboard);
    }

    private void Save(Turn t, Municipality m)
    {
        // Validate again: another coordinator may have added the same school since the name was typed.
        var result = Validate(t.Participant, m, t.Conversation.Get(NameKey) ?? "");
        if (!result.IsValid)
        {
            t.Conversation = t.Conversation.Goto(NameStep, t.Now);
            t.Show(SchoolTexts.NameRejected(result.Errors.Select(e => e.Reason)));
            return;
        }
        var school = schools.Add(result.School with { Flags = Flags(t) });
        t.Conversation = t.Conversation.Clear(t.Now);
        t.Show(SchoolTexts.Saved + "\n\n" + SchoolCards.Card(school, m.Name), Keyboard.Of(
            [new Button(SchoolTexts.AddAnother, SchoolCallbacks.Add(m.Id))],
            [new Button(SchoolTexts.InviteToSchool, CallbackData.Of("iv", "new").Pack())],
            [new Button(SchoolTexts.SchoolList, SchoolCallbacks.Municipality(m.Id)), MenuFeature.BackButton]));
    }

    /// <summary>The same rules as a CSV row: length, duplicates in the municipality, the coordinator's scope.</summary>
    private SchoolRowResult Validate(Participant me, Municipality m, string name)
    {
        var all = schools.Municipalities();
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [SchoolImportColumns.Name] = name,
            [SchoolImportColumns.Municipality] = m.Id,
        };
        return SchoolImport.ValidateRow(0, fields, all, SchoolScope.AllowedIds(me, all), schools.InMunicipality(m.Id));
    }

    /// <summary>The wizard's municipality if the participant still manages it; otherwise the wizard ends with «нет прав».</summary>
    private Municipality? Municipality(Turn t)
    {
        if (SchoolScope.Managed(t.Participant, schools, t.Conversation.Get(MunicipalityKey)) is { } m) return m;
        t.Conversation = t.Conversation.Clear(t.Now);
        t.Answer(Texts.Common.NoRights, alert: true);
        if (t.In is not ButtonIn) t.Reply(Texts.Common.NoRights, Menus.Keyboard(t.Participant));
        return null;
    }

    private static SchoolFlags Flags(Turn t) =>
        int.TryParse(t.Conversation.Get(FlagsKey), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? (SchoolFlags)v : SchoolFlags.None;

    private static string Str(int value) => value.ToString(CultureInfo.InvariantCulture);
}
