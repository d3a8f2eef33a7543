using System.Diagnostics.CodeAnalysis;

namespace SchoolSupport.Domain.Schools;

/// <summary>One data row of an import file: its line number in the file and its values by column header.</summary>
public sealed record SchoolImportRow(int Line, IReadOnlyDictionary<string, string?> Fields);

/// <summary>Why a row of an import file was rejected. <see cref="Reason"/> is Russian text without the line prefix.</summary>
public sealed record RowError(int Line, string Reason)
{
    /// <summary>The reason as shown to a coordinator, e.g. «строка 5: не указано название».</summary>
    public string Message => $"строка {Line}: {Reason}";

    public override string ToString() => Message;
}

/// <summary>The outcome of validating one row: a school ready to store (Id 0) or the reasons it was rejected.</summary>
public sealed record SchoolRowResult
{
    private SchoolRowResult(School? school, IReadOnlyList<RowError> errors)
    {
        School = school;
        Errors = errors;
    }

    public School? School { get; }

    public IReadOnlyList<RowError> Errors { get; }

    [MemberNotNullWhen(true, nameof(School))]
    public bool IsValid => School is not null;

    public static SchoolRowResult Valid(School school) => new(school, []);

    public static SchoolRowResult Invalid(IReadOnlyList<RowError> errors)
    {
        if (errors.Count == 0)
        {
            throw new ArgumentException("An invalid row needs at least one error.", nameof(errors));
        }

        return new(null, errors);
    }
}

/// <summary>The outcome of validating a whole file: schools to add and the rejected rows with their reasons.</summary>
public sealed record SchoolImportReport(IReadOnlyList<School> Accepted, IReadOnlyList<RowError> Rejected)
{
    /// <summary>How many distinct rows were rejected (a row may have several reasons).</summary>
    public int RejectedRowCount => Rejected.Select(error => error.Line).Distinct().Count();
}
