using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Features;

/// <summary>
/// One feature: the commands, button actions and conversation flow it owns. The router calls it only
/// for those, and only once the person has consented, unless <see cref="Public"/> says otherwise.
/// </summary>
internal interface IFeature
{
    IReadOnlyList<string> Commands => [];
    IReadOnlyList<string> Actions => [];
    string? Flow => null;
    bool Public => false;

    void OnCommand(Turn t, CommandIn command) { }
    void OnButton(Turn t, CallbackData data) { }
    void OnText(Turn t, TextIn text) { }
    void OnFile(Turn t, FileIn file) { }
}
