namespace SchoolSupport.Domain.Schools;

/// <summary>A municipality (муниципальный район / городской округ) with the IANA time zone its people live in.</summary>
public sealed record Municipality
{
    /// <summary>Short stable code, Latin letters, digits and '-' (e.g. "vpyshma").</summary>
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Region { get; init; }
    /// <summary>IANA time zone id, e.g. "Asia/Yekaterinburg".</summary>
    public required string TimeZoneId { get; init; }
}
