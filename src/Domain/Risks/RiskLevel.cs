namespace SchoolSupport.Domain.Risks;

/// <summary>The significance of a risk for a school: низкая, средняя or высокая значимость.</summary>
public enum RiskLevel
{
    Low = 1,
    Medium = 2,
    High = 3,
}
