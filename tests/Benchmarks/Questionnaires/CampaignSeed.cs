using SchoolSupport.Bot.Features;
using SchoolSupport.Bot.Features.Questionnaires;
using SchoolSupport.Bot.Hosting;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Campaigns;
using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Questionnaires;

namespace SchoolSupport.Benchmarks.Questionnaires;

/// <summary>
/// An open campaign at one demo school, as <see cref="CampaignOpener"/> stores it: one slot (the benchmark instrument
/// for parents of grade 9), open from today for a week, and its class link (an ordinary invite, <see cref="CampaignLinks.Make"/>).
/// A link admits <see cref="CampaignLinks.LinkUses"/> people, so one more link of the same kind is made per that many respondents.
/// </summary>
internal static class CampaignSeed
{
    public static IReadOnlyList<string> Open(LoadHost host, Instrument instrument, int respondents)
    {
        host.Get<DemoSeed>().Ensure();
        var school = host.Get<SchoolRepository>().All()[0];
        var zone = host.Get<Zones>().ForSchool(school);
        var now = DateTime.UtcNow;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(now, zone));
        var team = new Participant
        {
            Id = "bench-team",
            Identities = [new ChannelIdentity("telegram", 8_900_000_000, 8_900_000_000)],
            DisplayName = "Директор Тестовый",
            Roles = [new RoleGrant { Role = Role.SchoolTeam, SchoolIds = [school.Id], GrantedAtUtc = now }],
            Consents = [new ConsentRecord { Kind = ConsentKind.PersonalData, TextVersion = "bench", GivenAtUtc = now }],
            CreatedAtUtc = now,
        };
        var group = CampaignGroup.Parents(9);
        var campaign = CampaignRules.Scheduled(new Campaign
        {
            Id = Ids.Random(6),
            SchoolId = school.Id,
            Slots = [new CampaignSlot { Index = 0, InstrumentId = instrument.Id, InstrumentVersion = instrument.Version, Group = group }],
            CreatedBy = team.Id,
            CreatedAtUtc = now,
        }, today, today.AddDays(7), zone);
        var links = Enumerable.Range(0, (respondents + CampaignLinks.LinkUses - 1) / CampaignLinks.LinkUses)
            .Select(_ => CampaignLinks.Make(campaign, group, team, now, Ids.Random(InvitePolicy.CodeBytes)))
            .ToList();
        campaign = campaign with { Links = [new CampaignLink { GroupKey = group.Key, InviteCode = links[0].Id }] };
        if (CampaignRules.StateAt(campaign, now) != CampaignState.Open) throw new InvalidOperationException("The benchmark campaign is not open now.");
        var invites = host.Get<InviteRepository>();
        host.Get<Store>().Write(() =>
        {
            host.Get<ParticipantRepository>().Save(team);
            host.Get<CampaignRepository>().Save(campaign);
            foreach (var link in links) invites.Save(link);
        });
        return [.. Enumerable.Range(0, respondents).Select(i => links[i / CampaignLinks.LinkUses].Id)];
    }
}
