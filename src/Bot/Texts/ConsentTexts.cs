namespace SchoolSupport.Bot;

/// <summary>A consent text as shown, with the version stored beside every consent given.</summary>
internal sealed record ConsentText(string Version, string Body);

/// <summary>The consent texts, read once from Texts/*.md next to the program.</summary>
internal sealed class ConsentTexts
{
    public ConsentTexts()
    {
        PersonalData = Load("consent-personal-data-v1");
        ForChild = Load("consent-child-v1");
        StudentNotice = Load("notice-student-v1");
    }

    public ConsentText PersonalData { get; }
    public ConsentText ForChild { get; }
    public ConsentText StudentNotice { get; }

    private static ConsentText Load(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Texts", name + ".md");
        return new ConsentText(name, File.ReadAllText(path).Replace("**", "", StringComparison.Ordinal).Trim());
    }
}
