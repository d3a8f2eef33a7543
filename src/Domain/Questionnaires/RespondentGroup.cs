namespace SchoolSupport.Domain.Questionnaires;

/// <summary>
/// Who answers an instrument. The numbers match <see cref="Campaigns.GroupKind"/> on purpose, so the two convert by value;
/// the grade of parents and students belongs to the campaign, not to the instrument.
/// </summary>
public enum RespondentGroup
{
    Principal = 1,
    Teacher = 2,
    Parent = 3,
    Student = 4,
}
