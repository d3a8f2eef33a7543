using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Participants;

namespace SchoolSupport.Bot.Features.Invites;

/// <summary>Says in Russian who invites whom, to what and where.</summary>
internal sealed class InviteDescriber(ParticipantRepository participants, SchoolRepository schools)
{
    public string Describe(Invite invite)
    {
        var inviter = participants.Get(invite.CreatedBy)?.DisplayName ?? "координатор программы";
        var grade = invite.Grade is { } g ? $", {g} класс" : "";
        var consent = invite.Role == Role.Student && invite.ParentalConsent is not null ? "\nСогласие родителей записано." : "";
        return $"Вас приглашает {inviter}.\nРоль: {Texts.RoleName(invite.Role)}{Where(invite.SchoolIds, invite.MunicipalityIds)}{grade}.{consent}";
    }

    /// <summary>", школа «…»", ", школы: …", ", муниципалитеты: …" or nothing.</summary>
    public string Where(IReadOnlyList<int> schoolIds, IReadOnlyList<string> municipalityIds)
    {
        var names = schools.Get(schoolIds).Select(s => s.Name).ToList();
        if (names.Count == 1) return $", школа {names[0]}";
        if (names.Count > 1) return $", школы: {string.Join("; ", names)}";
        var munis = municipalityIds.Select(id => schools.Municipality(id)?.Name ?? id).ToList();
        if (munis.Count > 0) return $", {(munis.Count == 1 ? "муниципалитет" : "муниципалитеты")}: {string.Join(", ", munis)}";
        return "";
    }
}
