using Microsoft.Extensions.DependencyInjection;

namespace SchoolSupport.Bot.Features.Questionnaires.Definitions;

internal static class DefinitionsSetup
{
    /// <summary>
    /// The instrument catalog, loaded now rather than on first use: an invalid questionnaire or risk file stops the bot at
    /// start with a message naming the file and the problem. Tests may pass their own folder through <paramref name="catalogFactory"/>.
    /// </summary>
    public static IServiceCollection AddInstrumentCatalog(this IServiceCollection s, Func<InstrumentCatalog>? catalogFactory = null)
    {
        try
        {
            return s.AddSingleton((catalogFactory ?? (() => new InstrumentCatalog()))());
        }
        catch (InvalidDataException e)
        {
            throw new InvalidOperationException($"Questionnaire definitions are invalid, the bot cannot start. {e.Message}", e);
        }
    }
}
