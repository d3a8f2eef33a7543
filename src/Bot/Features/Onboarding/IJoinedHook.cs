namespace SchoolSupport.Bot.Features.Onboarding;

/// <summary>
/// What another feature has to tell a person the moment they join, after the welcome and in the same reply (replies
/// are never held by quiet hours): the questionnaire a class link was made for, for example.
/// </summary>
internal interface IJoinedHook
{
    void Joined(Turn t);
}
