using ScottPlot;
using SchoolSupport.Domain.Risks;

namespace SchoolSupport.Bot.Features.Profile;

/// <summary>
/// The municipality's heat table (ScottPlot rectangles): a row per school, a column per risk, each cell coloured by the
/// risk's level and labelled with its indicator; grey where it may not be shown (too few respondents) or there is none.
/// </summary>
internal static class HeatChart
{
    private const int RowHeight = 34;
    private const int Width = 1100;

    public static byte[] Render(string municipality, IReadOnlyList<SchoolProfile> schools, RiskCatalogue catalogue)
    {
        var plot = new Plot();
        plot.Font.Set(ProfileChart.Font(municipality + string.Concat(schools.Select(s => s.School.Name))));
        var rows = schools.Count;
        for (var row = 0; row < rows; row++)
        {
            var y = rows - 1 - row;
            var risks = schools[row].Risks.Risks;
            for (var col = 0; col < risks.Count; col++)
            {
                var shown = RiskDisclosure.ShownIndicator(risks[col]);
                var cell = plot.Add.Rectangle(col, col + 1, y, y + 1);
                cell.FillStyle.Color = ProfileChart.ColorOf(shown is null ? null : risks[col].Level).WithAlpha(shown is null ? 0.5 : 0.9);
                cell.LineStyle.Color = Colors.White;
                cell.LineStyle.Width = 2;
                var label = plot.Add.Text(shown is { } v ? ProfileTexts.Number(v) : "—", col + 0.5, y + 0.5);
                label.LabelAlignment = Alignment.MiddleCenter;
                label.LabelFontSize = 13;
                label.LabelFontColor = Colors.Black;
            }
        }
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. Enumerable.Range(0, rows).Select(r => rows - 1 - r + 0.5)],
            [.. schools.Select(s => Short(s.School.Name))]);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. catalogue.Risks.Select((_, i) => i + 0.5)],
            [.. catalogue.Risks.Select(r => $"{r.Id}")]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.Label.Text = string.Join('\n', catalogue.Risks.Select(r => $"{r.Id} {r.ShortName}").Chunk(4).Select(line => string.Join("   ", line)));
        plot.HideGrid();
        plot.Axes.SetLimits(0, catalogue.Risks.Count, 0, Math.Max(rows, 1));
        plot.Title($"{ProfileTexts.HeatTitle}: {municipality}");
        var height = Math.Clamp(220 + (rows * RowHeight), 320, 3000);
        return plot.GetImageBytes(Width, height, ImageFormat.Png);
    }

    private static string Short(string name) => name.Length <= 32 ? name : name[..31] + "…";
}
