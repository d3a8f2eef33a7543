using ScottPlot;
using SchoolSupport.Domain.Status;

namespace SchoolSupport.Bot.Features.Status;

/// <summary>
/// The coordinator's chart (ScottPlot, rendered headless with SkiaSharp): one horizontal bar per current stage,
/// stacked by schools in time and schools with something overdue; schools without a roadmap or finished get bars too.
/// </summary>
internal static class StatusChart
{
    public const int Width = 900;
    private static readonly Color OnTrack = Color.FromHex("#4C78A8");
    private static readonly Color Late = Color.FromHex("#E45756");
    private static readonly Color Done = Color.FromHex("#54A24B");
    private static readonly Color None = Color.FromHex("#BAB0AC");

    public static byte[] Render(MunicipalityOverview o, string title)
    {
        var rows = o.ByStage.Select(s => (s.Title, InTime: s.Schools - s.WithOverdue, s.WithOverdue, Color: OnTrack)).ToList();
        if (o.Finished > 0) rows.Add((StatusTexts.ChartFinished, o.Finished, 0, Done));
        if (o.WithoutRoadmap > 0) rows.Add((StatusTexts.NoRoadmapShort, o.WithoutRoadmap, 0, None));

        var plot = new Plot();
        plot.Font.Set(Font(title + StatusTexts.ChartTitle + string.Concat(rows.Select(r => r.Title))));
        var bars = new List<Bar>();
        for (var i = 0; i < rows.Count; i++)
        {
            var y = rows.Count - 1 - i; // first stage on top
            bars.Add(new Bar { Position = y, ValueBase = 0, Value = rows[i].InTime, FillColor = rows[i].Color });
            if (rows[i].WithOverdue > 0)
                bars.Add(new Bar { Position = y, ValueBase = rows[i].InTime, Value = rows[i].InTime + rows[i].WithOverdue, FillColor = Late });
        }
        var plottable = plot.Add.Bars(bars);
        plottable.Horizontal = true;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, rows.Count).Select(i => (double)(rows.Count - 1 - i)).ToArray(),
            rows.Select(r => Short(r.Title)).ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.Label.Text = StatusTexts.ChartAxis;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.Axes.Margins(left: 0, right: 0.1, bottom: 0.05, top: 0.05);
        plot.Title($"{title}: {StatusTexts.ChartTitle}");
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = StatusTexts.ChartOnTrack, FillColor = OnTrack });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = StatusTexts.ChartOverdue, FillColor = Late });
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.ShowLegend(Edge.Bottom);
        var height = Math.Clamp(140 + (rows.Count * 48), 320, 1200);
        return plot.GetImageBytes(Width, height, ImageFormat.Png);
    }

    /// <summary>A sans-serif font with Cyrillic when the machine has one (DejaVu in the container), else whatever can draw the text.</summary>
    private static string Font(string sample) =>
        SkiaSharp.SKFontManager.Default.FontFamilies.Contains("DejaVu Sans") ? "DejaVu Sans" : Fonts.Detect(sample);

    private static string Short(string title) => title.Length <= 28 ? title : title[..27] + "…";
}
