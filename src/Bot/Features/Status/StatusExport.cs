using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using SchoolSupport.Bot.Storage;

namespace SchoolSupport.Bot.Features.Status;

/// <summary>The coordinator's export (MiniExcel): one row per school with its stage, documents, reviews and curator.</summary>
internal sealed class StatusExport(SchoolRepository schools, StatusQuery query)
{
    public byte[] Build(StatusScope scope)
    {
        var people = query.People();
        var rows = scope.Schools.Select(s => new Row
        {
            Municipality = schools.Municipality(s.School.MunicipalityId)?.Name ?? s.School.MunicipalityId,
            School = s.School.Name,
            Stage = StatusScreens.State(s),
            Accepted = s.Accepted,
            Total = s.Total,
            Waiting = s.Waiting,
            Overdue = s.OverdueItems,
            Curator = StatusQuery.Curators(s.School, people),
        }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(rows);
        return stream.ToArray();
    }

    internal sealed class Row
    {
        [ExcelColumnName(StatusTexts.ColMunicipality)] public string Municipality { get; set; } = "";
        [ExcelColumnName(StatusTexts.ColSchool)] public string School { get; set; } = "";
        [ExcelColumnName(StatusTexts.ColStage)] public string Stage { get; set; } = "";
        [ExcelColumnName(StatusTexts.ColAccepted)] public int Accepted { get; set; }
        [ExcelColumnName(StatusTexts.ColTotal)] public int Total { get; set; }
        [ExcelColumnName(StatusTexts.ColWaiting)] public int Waiting { get; set; }
        [ExcelColumnName(StatusTexts.ColOverdue)] public int Overdue { get; set; }
        [ExcelColumnName(StatusTexts.ColCurator)] public string Curator { get; set; } = "";
    }
}
