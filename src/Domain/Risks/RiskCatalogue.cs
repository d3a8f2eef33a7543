using SchoolSupport.Domain.Questionnaires;

namespace SchoolSupport.Domain.Risks;

/// <summary>
/// The risk catalogue as data (Content/risks/catalogue.json): the risks by number with their Russian names, the level
/// thresholds and how much each respondent group weighs in an indicator. Editable: the official formulas are not public.
/// </summary>
public sealed record RiskCatalogue
{
    public required int Version { get; init; }
    public required string Title { get; init; }
    public string? Source { get; init; }
    public required Thresholds Thresholds { get; init; }
    /// <summary>Weights of the groups in every risk, unless a risk gives its own.</summary>
    public IReadOnlyList<GroupWeight> Weights { get; init; } = [];
    public IReadOnlyList<Risk> Risks { get; init; } = [];

    public Risk? Risk(int id) => Risks.FirstOrDefault(r => r.Id == id);

    /// <summary>The weight of <paramref name="group"/> in <paramref name="risk"/>: the risk's own, else the catalogue's, else 1.</summary>
    public double WeightOf(Risk risk, RespondentGroup group) =>
        (risk.Weights ?? Weights).FirstOrDefault(w => w.Group == group)?.Weight ?? 1.0;
}

/// <summary>One risk of the school profile: «Дефицит педагогических кадров» is risk 2.</summary>
public sealed record Risk
{
    public required int Id { get; init; }
    public required string Name { get; init; }
    /// <summary>A short name for charts and table headers.</summary>
    public required string ShortName { get; init; }
    public IReadOnlyList<GroupWeight>? Weights { get; init; }
}

public sealed record GroupWeight
{
    public required RespondentGroup Group { get; init; }
    public required double Weight { get; init; }
}

/// <summary>Indicator at or above <see cref="High"/>: высокая; at or above <see cref="Medium"/>: средняя; else низкая.</summary>
public sealed record Thresholds
{
    public double High { get; init; } = 0.60;
    public double Medium { get; init; } = 0.40;

    public static Thresholds Default { get; } = new();

    public RiskLevel LevelOf(double indicator) =>
        indicator >= High ? RiskLevel.High : indicator >= Medium ? RiskLevel.Medium : RiskLevel.Low;
}
