using SchoolSupport.Bot.Hosting;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Features.Schools;

/// <summary>
/// /schools and the «🏫 Школы» button: browse schools by role, add one school (flow "school": steps "name" → "flags"),
/// import a CSV file (step "csv", or any file sent outside another flow).
/// </summary>
internal sealed class SchoolsFeature(SchoolRepository schools, BotOptions options) : IFeature
{
    public const string FlowName = "school";

    private readonly SchoolBrowser browser = new(schools);
    private readonly SchoolWizard wizard = new(schools);
    private readonly SchoolCsvImport import = new(schools, options);

    public IReadOnlyList<string> Commands => ["schools"];
    public IReadOnlyList<string> Actions => [SchoolCallbacks.Action];
    public string? Flow => FlowName;

    public void OnCommand(Turn t, CommandIn command)
    {
        LeaveFlow(t);
        browser.Start(t, 0);
    }

    public void OnButton(Turn t, CallbackData d)
    {
        switch (d.Arg(0))
        {
            case "ls":
                LeaveFlow(t);
                browser.Start(t, d.IntArg(1) ?? 0);
                return;
            case "m":
                LeaveFlow(t);
                browser.Municipality(t, d.Arg(1), d.IntArg(2) ?? 0);
                return;
            case "add":
                wizard.Begin(t, d.Arg(1));
                return;
            case "csv":
                import.Instructions(t);
                return;
            case "f" or "ok":
                wizard.OnButton(t, d);
                return;
            default:
                t.Answer(Texts.Common.StaleButton, alert: true);
                return;
        }
    }

    public void OnText(Turn t, TextIn text)
    {
        switch (t.Conversation.Step)
        {
            case SchoolWizard.NameStep:
                wizard.OnName(t, text.Text);
                return;
            case SchoolWizard.FlagsStep:
                t.Reply(SchoolTexts.PressFlagButtons);
                return;
            case SchoolCsvImport.CsvStep:
                t.Reply(SchoolTexts.SendCsvFile);
                return;
            default:
                LeaveFlow(t);
                t.Reply(Texts.Common.UseMenu, Menu.Menus.Keyboard(t.Participant));
                return;
        }
    }

    public void OnFile(Turn t, FileIn file) => import.OnFile(t, file);

    /// <summary>Browsing away from a half-done wizard ends it, so later text is not taken for a school name.</summary>
    private static void LeaveFlow(Turn t)
    {
        if (t.Conversation.Flow == FlowName) t.Conversation = t.Conversation.Clear(t.Now);
    }
}
