namespace SchoolSupport.Domain.Roadmaps;

/// <summary>A kind of document a roadmap asks for, e.g. «Концепция развития» or «Экспертный лист».</summary>
public sealed record DocumentType
{
    /// <summary>Short id, unique in its template (Latin lowercase, digits, '-').</summary>
    public required string Id { get; init; }
    public required string Name { get; init; }
}

/// <summary>How many documents one deliverable of a stage stands for.</summary>
public enum DeliverableScope
{
    /// <summary>One document per school.</summary>
    Once = 0,
    /// <summary>One document per risk the school activated (антирисковая программа, подтверждающие документы).</summary>
    ActivatedRisk = 1,
}

/// <summary>What a stage asks for: a document type, once or per activated risk.</summary>
public sealed record DeliverableTemplate
{
    /// <summary>Short id, unique in its stage.</summary>
    public required string Id { get; init; }
    /// <summary>The id of a <see cref="DocumentType"/> of the same template.</summary>
    public required string DocumentType { get; init; }
    public DeliverableScope Per { get; init; }
    /// <summary>A hint shown to the school, e.g. «утверждённые директором».</summary>
    public string? Note { get; init; }
}
