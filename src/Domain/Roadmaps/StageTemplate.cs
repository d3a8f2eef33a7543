using SchoolSupport.Domain.Participants;

namespace SchoolSupport.Domain.Roadmaps;

/// <summary>
/// One row of a roadmap: «мероприятие – сроки – ответственные – результат». A stage with deliverables is
/// complete when every one of them is accepted; a stage without deliverables is informational.
/// </summary>
public sealed record StageTemplate
{
    /// <summary>Short id, unique in its template.</summary>
    public required string Id { get; init; }
    public required string Title { get; init; }
    /// <summary>Section or track the stage belongs to (e.g. «Кадровое обеспечение»), if the template groups stages.</summary>
    public string? Group { get; init; }
    public required DeadlineRule Deadline { get; init; }
    /// <summary>The period as the source document words it («Январь–февраль», «В течение всего периода»).</summary>
    public string? Period { get; init; }
    /// <summary>Who submits this stage's documents: <see cref="Role.SchoolTeam"/>, <see cref="Role.Curator"/> or <see cref="Role.Coordinator"/>.</summary>
    public Role Responsible { get; init; } = Role.SchoolTeam;
    /// <summary>The executors as the source document names them («Управление образования, общеобразовательные организации»).</summary>
    public string? Executors { get; init; }
    /// <summary>Expected result or indicator.</summary>
    public string? Result { get; init; }
    public IReadOnlyList<DeliverableTemplate> Deliverables { get; init; } = [];

    public bool IsInformational() => Deliverables.Count == 0;
}
