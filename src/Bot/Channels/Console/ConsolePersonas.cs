using LiteDB;
using SchoolSupport.Bot.Storage;

namespace SchoolSupport.Bot.Channels.Console;

/// <summary>
/// The people one person plays in the local console: each name is a separate chat user, kept across restarts.
/// User 1 is the demo coordinator.
/// </summary>
internal sealed class ConsolePersonas(Store store)
{
    public const long DemoCoordinatorId = 1;
    public const string DemoCoordinatorName = "Демо-координатор";
    private readonly ILiteCollection<Persona> items = store.Collection<Persona>("console_personas");

    public Persona GetOrAdd(string name)
    {
        var key = name.Trim().ToLowerInvariant();
        if (string.Equals(key, DemoCoordinatorName, StringComparison.OrdinalIgnoreCase)) return new Persona { Id = DemoCoordinatorId, Name = DemoCoordinatorName, Key = key };
        return store.Write(() =>
        {
            var existing = items.FindOne(p => p.Key == key);
            if (existing is not null) return existing;
            var next = Math.Max(DemoCoordinatorId, items.Count() == 0 ? DemoCoordinatorId : items.Max(p => p.Id)) + 1;
            var persona = new Persona { Id = next, Name = name.Trim(), Key = key };
            items.Insert(persona);
            return persona;
        });
    }

    public IReadOnlyList<Persona> All() =>
        [new Persona { Id = DemoCoordinatorId, Name = DemoCoordinatorName, Key = DemoCoordinatorName.ToLowerInvariant() }, .. items.FindAll().OrderBy(p => p.Id)];

    public string NameOf(long id) => id == DemoCoordinatorId ? DemoCoordinatorName : items.FindById(id)?.Name ?? $"участник {id}";

    internal sealed class Persona
    {
        public long Id { get; set; }
        public string Name { get; set; } = "";
        public string Key { get; set; } = "";
    }
}
