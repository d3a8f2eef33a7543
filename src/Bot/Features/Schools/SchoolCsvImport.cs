using SchoolSupport.Bot.Features.Menu;
using SchoolSupport.Bot.Hosting;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Bot.Features.Schools;

/// <summary>
/// Importing schools from a CSV file (coordinators, docs/csv-schools.md): instructions put the flow in step "csv";
/// any file a participant sends outside another flow comes here. All accepted rows are stored in this update's transaction.
/// </summary>
internal sealed class SchoolCsvImport(SchoolRepository schools, BotOptions options)
{
    public const string CsvStep = "csv";

    public void Instructions(Turn t)
    {
        var me = t.Participant;
        if (!me.Has(Role.Coordinator))
        {
            t.Answer(Texts.Common.NoRights, alert: true);
            return;
        }
        t.Conversation = t.Conversation.Start(SchoolsFeature.FlowName, CsvStep, t.Now);
        t.Show(SchoolTexts.CsvInstructions(SchoolScope.Coordinated(me, schools)),
            Keyboard.Of([new Button(SchoolTexts.ToSchools, SchoolCallbacks.List()), MenuFeature.BackButton]));
    }

    public void OnFile(Turn t, FileIn file)
    {
        var me = t.Participant;
        if (!me.Has(Role.Coordinator))
        {
            t.Reply(SchoolTexts.FilesOnlyFromCoordinators);
            return;
        }
        if (file.Content is not { } content)
        {
            t.Reply(SchoolTexts.FileTooBig(file.FileName, options.MaxFileBytes));
            return;
        }
        if (!Path.GetExtension(file.FileName).Equals(".csv", StringComparison.OrdinalIgnoreCase))
        {
            t.Reply(SchoolTexts.NotCsv(file.FileName), Keyboard.Of([new Button(SchoolTexts.HowToCsv, SchoolCallbacks.Csv())]));
            return;
        }
        var read = SchoolCsvReader.Read(content);
        if (!read.IsSuccess)
        {
            t.Reply(read.Error);
            return;
        }
        Import(t, me, read.Rows);
    }

    private void Import(Turn t, Participant me, IReadOnlyList<SchoolImportRow> rows)
    {
        var municipalities = schools.Municipalities();
        var report = SchoolImport.ValidateFile(rows, municipalities, SchoolScope.AllowedIds(me, municipalities), schools.All());
        foreach (var school in report.Accepted) schools.Add(school);
        if (t.Conversation.Flow == SchoolsFeature.FlowName && t.Conversation.Step == CsvStep)
            t.Conversation = t.Conversation.Clear(t.Now);

        var message = SchoolImportReportText.Build(report);
        t.Reply(message.Text, AfterImport(report.Accepted, municipalities));
        if (message.ErrorsFile is { } errors)
            t.ReplyFile(SchoolImportReportText.ErrorsFileName, SchoolImportReportText.FileBytes(errors), SchoolTexts.ErrorsFileCaption, isImage: false);
    }

    /// <summary>The municipality's list when every school went into one; otherwise the start view.</summary>
    private static Keyboard AfterImport(IReadOnlyList<School> accepted, IReadOnlyList<Municipality> municipalities)
    {
        var touched = accepted.Select(s => s.MunicipalityId).Distinct(StringComparer.Ordinal).ToList();
        var list = touched.Count == 1 && municipalities.FirstOrDefault(m => m.Id == touched[0]) is { } m
            ? new Button($"{SchoolTexts.SchoolList}: {m.Name}", SchoolCallbacks.Municipality(m.Id))
            : new Button(SchoolTexts.AllSchools, SchoolCallbacks.List());
        return Keyboard.Of([list], [MenuFeature.BackButton]);
    }
}
