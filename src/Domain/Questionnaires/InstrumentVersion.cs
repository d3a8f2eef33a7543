using System.Globalization;

namespace SchoolSupport.Domain.Questionnaires;

/// <summary>
/// The identity answers are stored against: an instrument id with the version it had when the answers were given.
/// The catalogue keeps every version, so earlier answers are always read with their own definition.
/// </summary>
public readonly record struct InstrumentVersion(string Id, int Version)
{
    /// <summary>"teacher-changes@1": for logs, exports and keys.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Id}@{Version}");
}
