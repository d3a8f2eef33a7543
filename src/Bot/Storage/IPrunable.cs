namespace SchoolSupport.Bot.Storage;

/// <summary>Stored data that housekeeping trims (inside its transaction); returns how many records went.</summary>
internal interface IPrunable
{
    int Prune(DateTime nowUtc);
}
