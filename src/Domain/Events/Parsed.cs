namespace SchoolSupport.Domain.Events;

/// <summary>The result of parsing what a person typed: a value, or a Russian message saying what to fix.</summary>
public sealed record Parsed<T>(T Value, string? Error)
{
    public bool Ok => Error is null;
}

public static class Parsed
{
    public static Parsed<T> Of<T>(T value) => new(value, null);

    public static Parsed<T> Fail<T>(string error) => new(default!, error);
}
