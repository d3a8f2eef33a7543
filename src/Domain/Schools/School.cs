namespace SchoolSupport.Domain.Schools;

/// <summary>A school in the programme (domain.md §3).</summary>
public sealed record School
{
    /// <summary>Short numeric id assigned by the store; fits in callback data.</summary>
    public int Id { get; init; }
    /// <summary>Official short name, e.g. «МАОУ «СОШ № 7».</summary>
    public required string Name { get; init; }
    public required string MunicipalityId { get; init; }
    public SchoolFlags Flags { get; init; }
    public ResultCluster Cluster { get; init; }
    /// <summary>Year the school entered project «500+», if it did.</summary>
    public int? Cohort500Year { get; init; }
    public Locality Locality { get; init; }
    /// <summary>Partner «школа-лидер», free text.</summary>
    public string? LeaderSchool { get; init; }
}

[Flags]
public enum SchoolFlags
{
    None = 0,
    /// <summary>ШНОР: школа с низкими результатами обучения.</summary>
    LowResults = 1,
    /// <summary>ШНСУ: школа, функционирующая в неблагоприятных социальных условиях.</summary>
    AdverseConditions = 2,
    /// <summary>Признаки необъективности результатов ВПР.</summary>
    VprBias = 4,
    /// <summary>Зона риска снижения образовательных результатов.</summary>
    RiskZone = 8,
}

/// <summary>Result cluster of the «500+» selection (seed 000).</summary>
public enum ResultCluster
{
    Unknown = 0,
    /// <summary>базово неуспевающие</summary>
    Basic = 1,
    /// <summary>умеренно неуспевающие</summary>
    Moderate = 2,
    /// <summary>сильно неуспевающие</summary>
    Severe = 3,
}

public enum Locality
{
    Unknown = 0,
    Urban = 1,
    Rural = 2,
}
