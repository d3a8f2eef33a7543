using SchoolSupport.Bot.Features.Onboarding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SchoolSupport.Bot.Delivery;
using SchoolSupport.Bot.Features.Questionnaires.Definitions;

namespace SchoolSupport.Bot.Features.Questionnaires;

internal static class QuestionnairesSetup
{
    /// <summary>Campaigns and filling in (the instrument catalog too, unless it is registered already).</summary>
    public static IServiceCollection AddQuestionnaires(this IServiceCollection s, IConfiguration config, DeliveryOptions delivery)
    {
        if (!s.Any(d => d.ServiceType == typeof(InstrumentCatalog))) s.AddInstrumentCatalog();
        return s
            .AddSingleton(CampaignOptions.Read(config, delivery.QuietHours))
            .AddSingleton<CampaignRepository>()
            .AddSingleton<DraftRepository>()
            .AddSingleton<SubmittedMarkers>()
            .AddSingleton<AnswerSheetRepository>()
            .AddSingleton<CampaignLedger>()
            .AddSingleton<OutboxScrubber>()
            .AddSingleton<QuestionnaireSubmitter>()
            .AddSingleton<MyQuestionnaires>()
            .AddSingleton<CampaignProgress>()
            .AddSingleton<CampaignInviter>()
            .AddSingleton<IJoinedHook>(sp => sp.GetRequiredService<CampaignInviter>())
            .AddSingleton<CampaignNotices>()
            .AddSingleton<CampaignLinks>()
            .AddSingleton<CampaignOpener>()
            .AddSingleton<CampaignWatchers>()
            .AddSingleton<CampaignWizard>()
            .AddSingleton<CampaignScheduler>()
            .AddSingleton<IFeature, FillingFeature>()
            .AddSingleton<IFeature, CampaignFeature>();
    }
}
