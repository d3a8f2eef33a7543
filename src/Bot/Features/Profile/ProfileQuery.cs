using SchoolSupport.Bot.Features.Questionnaires;
using SchoolSupport.Bot.Features.Questionnaires.Definitions;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Campaigns;
using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Questionnaires;
using SchoolSupport.Domain.Risks;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Bot.Features.Profile;

/// <summary>A school's answer sheets read with their own instrument versions.</summary>
internal sealed record ReadSheet(AnswerSheet Sheet, SubmittedAnswers Answers);

/// <summary>Everything the profile of one school shows, read once for one screen.</summary>
internal sealed record SchoolProfile(School School, RiskProfile Risks, Instrument? Changes, IReadOnlyList<BlockResult> Blocks,
    RiskVerification Verification, IReadOnlyList<ReadSheet> Sheets)
{
    /// <summary>Sheets per group and how many instruments they are of («Учителя» → 24 sheets of 2), for the header line.</summary>
    public IReadOnlyList<(CampaignGroup Group, int Sheets, int Instruments)> ByGroup() =>
        [.. Sheets.GroupBy(s => s.Sheet.Group).OrderBy(g => g.Key.Kind).ThenBy(g => g.Key.Grade)
            .Select(g => (g.Key, g.Count(), g.Select(s => s.Sheet.InstrumentId).Distinct(StringComparer.Ordinal).Count()))];
}

/// <summary>Reads answer sheets, scores them (every campaign of the school) and adds the verification decisions.</summary>
internal sealed class ProfileQuery(
    AnswerSheetRepository sheets,
    InstrumentCatalog catalog,
    SchoolRepository schools,
    VerificationRepository verifications,
    ParticipantRepository participants)
{
    /// <summary>The teachers' «Есть ли изменения?»: reported per block, not scored into risks.</summary>
    public const string ChangesInstrument = "teacher-changes";

    public RiskCatalogue Catalogue => catalog.Risks;

    public School? School(int id) => schools.Get(id);

    public string MunicipalityName(string id) => schools.Municipality(id)?.Name ?? id;

    /// <summary>Schools whose profile <paramref name="me"/> may see, coordinated ones included.</summary>
    public IReadOnlyList<School> Visible(Participant me) => [.. schools.All().Where(s => ProfileAccess.CanSee(me, s))];

    /// <summary>Schools <paramref name="me"/> has by a school role (team, curator), not by coordinating.</summary>
    public IReadOnlyList<School> Own(Participant me) => schools.Get(Access.OwnSchoolIds(me, Role.SchoolTeam, Role.Curator).Order());

    /// <summary>The municipalities a coordinator has, with at least one school.</summary>
    public IReadOnlyList<Municipality> Municipalities(Participant me) =>
        [.. schools.Municipalities().Where(m => ProfileAccess.CanSeeMunicipality(me, m.Id) && schools.InMunicipality(m.Id).Count > 0)];

    public IReadOnlyList<School> InMunicipality(string id) => schools.InMunicipality(id);

    public SchoolProfile Load(School school)
    {
        var read = sheets.ForSchool(school.Id)
            .Select(s => catalog.Get(s.Instrument) is { } i ? new ReadSheet(s, s.Read(i)) : null)
            .OfType<ReadSheet>()
            .OrderBy(s => s.Sheet.Id, StringComparer.Ordinal)
            .ToList();
        var risks = RiskScoring.Profile(catalog.Risks, [.. read.Select(r => r.Answers)]);
        var changes = catalog.LatestOf(ChangesInstrument);
        var blocks = changes is null ? [] : ChangeResults.ByBlock(changes, [.. read.Where(r => r.Sheet.InstrumentId == ChangesInstrument).Select(r => r.Answers)]);
        return new SchoolProfile(school, risks, changes, blocks, verifications.Get(school.Id), read);
    }

    public string NameOf(string participantId) => participants.Get(participantId)?.DisplayName ?? ProfileTexts.Someone;
}
