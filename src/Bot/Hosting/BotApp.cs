using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;
using SchoolSupport.Bot.Channels.Console;
using SchoolSupport.Bot.Channels.Max;
using SchoolSupport.Bot.Channels.Telegram;
using SchoolSupport.Bot.Delivery;
using SchoolSupport.Bot.Features;
using SchoolSupport.Bot.Features.Account;
using SchoolSupport.Bot.Features.Events;
using SchoolSupport.Bot.Features.Invites;
using SchoolSupport.Bot.Features.Mailings;
using SchoolSupport.Bot.Features.Menu;
using SchoolSupport.Bot.Features.Nudges;
using SchoolSupport.Bot.Features.Onboarding;
using SchoolSupport.Bot.Features.Profile;
using SchoolSupport.Bot.Features.Questionnaires;
using SchoolSupport.Bot.Features.Reviews;
using SchoolSupport.Bot.Features.Roadmaps;
using SchoolSupport.Bot.Features.Schools;
using SchoolSupport.Bot.Features.Status;
using SchoolSupport.Bot.Jobs;
using SchoolSupport.Bot.Storage;
using Telegram.Bot;

namespace SchoolSupport.Bot.Hosting;

/// <summary>How the host is put together; Program.cs and the tests both build it here.</summary>
internal static class BotApp
{
    /// <summary>The host stops within this; the container's stop grace period must be longer.</summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(20);

    public static IHost Build(string[] args, TimeProvider? time = null, Action<IConfigurationBuilder>? configure = null, Action<IServiceCollection>? services = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        configure?.Invoke(builder.Configuration);
        builder.Logging.AddFilter("System.Net.Http", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
        builder.Logging.AddFilter("Quartz", LogLevel.Warning);
        var (telegram, storage, bot, delivery) = OptionsSetup.Read(builder.Configuration);
        var max = OptionsSetup.ReadMax(builder.Configuration);
        var reviews = OptionsSetup.ReadReviews(builder.Configuration, bot);
        var nudges = OptionsSetup.ReadNudges(builder.Configuration, delivery);
        var clock = time ?? TimeProvider.System;

        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = ShutdownTimeout);
        builder.Services
            .AddSingleton(clock)
            .AddSingleton(telegram)
            .AddSingleton(max)
            .AddSingleton(storage)
            .AddSingleton(bot)
            .AddSingleton(delivery)
            .AddStorage()
            .AddDelivery()
            .AddFeatures()
            .AddEvents(builder.Configuration)
            .AddRoadmaps()
            .AddReviews(reviews)
            .AddStatus()
            .AddNudges(nudges)
            .AddQuestionnaires(builder.Configuration, delivery)
            .AddProfile()
            .AddJobs(clock);
        // Telegram and MAX may run side by side in one process; with neither, the local console.
        if (telegram.Enabled) builder.Services.AddTelegramChannel(telegram);
        if (max.Enabled) builder.Services.AddMaxChannel(max);
        if (!telegram.Enabled && !max.Enabled) builder.Services.AddConsoleChannel();
        services?.Invoke(builder.Services);
        return builder.Build();
    }

    private static IServiceCollection AddStorage(this IServiceCollection s) => s
        .AddSingleton<Store>()
        .AddSingleton<StoredFiles>()
        .AddSingleton<ParticipantRepository>()
        .AddSingleton<SchoolRepository>()
        .AddSingleton<InviteRepository>()
        .AddSingleton<ConversationRepository>()
        .AddSingleton<CodeAttemptRepository>()
        .AddSingleton<DemoSeed>();

    private static IServiceCollection AddDelivery(this IServiceCollection s) => s
        .AddSingleton<BroadcastLedger>()
        .AddSingleton<Outbox>()
        .AddSingleton<Broadcasts>()
        .AddSingleton<DeliveryRecorder>()
        .AddSingleton<DeliveryWorker>()
        .AddHostedService(sp => sp.GetRequiredService<DeliveryWorker>());

    private static IServiceCollection AddFeatures(this IServiceCollection s) => s
        .AddSingleton<Bootstrap>()
        .AddSingleton<ConsentTexts>()
        .AddSingleton<Zones>()
        .AddSingleton<Features.Audiences.AudiencePicker>()
        .AddSingleton<InviteDescriber>()
        .AddSingleton<InviteLinks>()
        .AddSingleton<InviteCards>()
        .AddSingleton<IFeature, OnboardingFeature>()
        .AddSingleton<IFeature, MenuFeature>()
        .AddSingleton<IFeature, AccountFeature>()
        .AddSingleton<Features.Account.LinkCodes>()
        .AddSingleton<IPrunable>(sp => sp.GetRequiredService<Features.Account.LinkCodes>())
        .AddSingleton<IFeature, Features.Account.LinkFeature>()
        .AddSingleton<IFeature, InvitesFeature>()
        .AddSingleton<IFeature, ChildFeature>()
        .AddSingleton<IFeature, SchoolsFeature>()
        .AddMailings()
        .AddSingleton<Router>()
        .AddSingleton<UpdatePipeline>();

    private static IServiceCollection AddJobs(this IServiceCollection s, TimeProvider clock)
    {
        s.AddQuartz(q =>
        {
            q.UseTimeProvider(clock);
            q.ScheduleJob<HousekeepingJob>(
                trigger => trigger.WithIdentity("housekeeping").StartNow().WithSimpleSchedule(x => x.WithInterval(TimeSpan.FromHours(6)).RepeatForever()),
                job => job.WithIdentity("housekeeping"));
            MailingFollowUpJob.Schedule(q);
            EventJob.Schedule(q);
            NudgeJob.Schedule(q);
            CampaignJob.Schedule(q);
        });
        return s.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
    }

    private static IServiceCollection AddTelegramChannel(this IServiceCollection s, TelegramOptions options)
    {
        s.AddSingleton<ITelegramBotClient>(_ => new TelegramBotClient(
            new TelegramBotClientOptions(options.Token!, options.ApiBaseUrl.TrimEnd('/')) { RetryCount = 0 },
            new HttpClient { Timeout = TimeSpan.FromSeconds(60) }));
        s.AddSingleton<TelegramChannel>()
            .AddSingleton<IChannel>(sp => sp.GetRequiredService<TelegramChannel>())
            .AddSingleton<TelegramUpdates>()
            .AddSingleton<TelegramStartup>();
        if (options.Mode == TelegramMode.Webhook)
            s.AddSingleton<TelegramWebhook>().AddHostedService(sp => sp.GetRequiredService<TelegramWebhook>());
        else
            s.AddHostedService<TelegramPolling>();
        return s;
    }

    private static IServiceCollection AddConsoleChannel(this IServiceCollection s) => s
        .AddSingleton(new ConsoleIo(Console.In, Console.Out))
        .AddSingleton<ConsolePersonas>()
        .AddSingleton<ConsoleChannel>()
        .AddSingleton<IChannel>(sp => sp.GetRequiredService<ConsoleChannel>())
        .AddHostedService<ConsoleLoop>();
}
