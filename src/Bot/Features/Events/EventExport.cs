using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Events;
using SchoolSupport.Domain.Participants;

namespace SchoolSupport.Bot.Features.Events;

/// <summary>
/// The participant list of an event as XLSX: names for staff only; parents and students appear by role and school,
/// with no personal data. People who asked the bot to forget them are left out.
/// </summary>
internal sealed class EventExport(EventRepository events, ParticipantRepository participants, SchoolRepository schools)
{
    public (byte[] Content, int Rows) Build(Event e)
    {
        var rows = events.Recipients(e.Id)
            .Select(r => (Received: r, Person: participants.Get(r.ParticipantId)))
            .Where(x => x.Person is not null)
            .Select(x => Row(x.Received, x.Person!))
            .OrderBy(r => r.Role, StringComparer.Ordinal).ThenBy(r => r.School, StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(rows);
        return (stream.ToArray(), rows.Count);
    }

    private ParticipantRow Row(Participation r, Participant p)
    {
        var schoolIds = p.Roles.SelectMany(g => g.SchoolIds).Distinct().ToList();
        var municipalityIds = p.Roles.SelectMany(g => g.MunicipalityIds).Concat(schools.Get(schoolIds).Select(s => s.MunicipalityId)).Distinct();
        return new ParticipantRow
        {
            Name = p.IsStaff() ? p.DisplayName ?? "" : "",
            Role = string.Join(", ", p.Roles.Select(g => Texts.RoleName(g.Role)).Distinct()),
            School = string.Join(", ", schools.Get(schoolIds).Select(s => s.Name)),
            Municipality = string.Join(", ", municipalityIds.Select(id => schools.Municipality(id)?.Name ?? id)),
            Answer = EventTexts.Answer(r.Rsvp),
            Attended = r.Attended switch { true => "да", false => "нет", null => "" },
            Feedback = r.Feedback ?? "",
        };
    }

    internal sealed class ParticipantRow
    {
        [ExcelColumnName("Участник")] public string Name { get; set; } = "";
        [ExcelColumnName("Роль")] public string Role { get; set; } = "";
        [ExcelColumnName("Школа")] public string School { get; set; } = "";
        [ExcelColumnName("Муниципалитет")] public string Municipality { get; set; } = "";
        [ExcelColumnName("Ответ")] public string Answer { get; set; } = "";
        [ExcelColumnName("Был(а)")] public string Attended { get; set; } = "";
        [ExcelColumnName("Отзыв")] public string Feedback { get; set; } = "";
    }
}
