using ScottPlot;
using SchoolSupport.Domain.Risks;

namespace SchoolSupport.Bot.Features.Profile;

/// <summary>
/// The school's chart (ScottPlot, headless as StatusChart): one horizontal bar per risk, coloured by level, with the
/// catalogue's two thresholds as dashed lines. A risk whose indicator may not be shown gets no bar and a grey note.
/// </summary>
internal static class ProfileChart
{
    public const int Width = 1000;
    public const int Height = 640;
    public static readonly Color High = Color.FromHex("#E45756");
    public static readonly Color Medium = Color.FromHex("#F58518");
    public static readonly Color Low = Color.FromHex("#54A24B");
    public static readonly Color Unknown = Color.FromHex("#BAB0AC");

    public static byte[] Render(string school, RiskProfile profile)
    {
        var risks = profile.Risks;
        var plot = new Plot();
        plot.Font.Set(Font(school + string.Concat(risks.Select(r => r.Risk.ShortName)) + ProfileTexts.ChartAxis));
        var bars = new List<Bar>();
        for (var i = 0; i < risks.Count; i++)
        {
            var y = risks.Count - 1 - i; // risk 1 on top
            if (RiskDisclosure.ShownIndicator(risks[i]) is { } value)
                bars.Add(new Bar { Position = y, ValueBase = 0, Value = value, FillColor = ColorOf(risks[i].Level), Label = ProfileTexts.Number(value) });
            else
            {
                var note = plot.Add.Text(risks[i].Indicator is null ? ProfileTexts.NotDiagnosedShort : ProfileTexts.HiddenShort, 0.01, y);
                note.LabelFontColor = Unknown.Darken(0.3);
                note.LabelAlignment = Alignment.MiddleLeft;
            }
        }
        var plottable = plot.Add.Bars(bars);
        plottable.Horizontal = true;
        plottable.ValueLabelStyle.FontSize = 14;
        Threshold(plot, profile.Thresholds.High, risks.Count, High, $"{ProfileTexts.Level(RiskLevel.High)} ≥ {ProfileTexts.Number(profile.Thresholds.High)}");
        Threshold(plot, profile.Thresholds.Medium, risks.Count, Medium, $"{ProfileTexts.Level(RiskLevel.Medium)} ≥ {ProfileTexts.Number(profile.Thresholds.Medium)}");
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. Enumerable.Range(0, risks.Count).Select(i => (double)(risks.Count - 1 - i))],
            [.. risks.Select(r => $"{r.Risk.Id}. {r.Risk.ShortName}")]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        var ticks = Enumerable.Range(0, 11).Select(i => i / 10.0).ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks, [.. ticks.Select(ProfileTexts.Number)]);
        plot.Axes.Bottom.Label.Text = ProfileTexts.ChartAxis;
        plot.Axes.SetLimitsX(0, 1.08);
        plot.Axes.SetLimitsY(-0.6, risks.Count + 0.1); // room above the first bar for the thresholds' labels
        plot.Title($"{ProfileTexts.ChartTitle}: {school}");
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    public static Color ColorOf(RiskLevel? level) => level switch
    {
        RiskLevel.High => High,
        RiskLevel.Medium => Medium,
        RiskLevel.Low => Low,
        _ => Unknown,
    };

    /// <summary>A sans-serif font with Cyrillic when the machine has one (DejaVu in the container), else whatever can draw the text.</summary>
    public static string Font(string sample) =>
        SkiaSharp.SKFontManager.Default.FontFamilies.Contains("DejaVu Sans") ? "DejaVu Sans" : Fonts.Detect(sample);

    /// <summary>A dashed line at the threshold, labelled above the first bar.</summary>
    private static void Threshold(Plot plot, double x, int rows, Color color, string label)
    {
        plot.Add.VerticalLine(x, 2, color, LinePattern.Dashed);
        var text = plot.Add.Text(label, x + 0.005, rows - 0.2);
        text.LabelFontColor = color.Darken(0.2);
        text.LabelFontSize = 13;
        text.LabelBold = true;
        text.LabelAlignment = Alignment.MiddleLeft;
    }
}
