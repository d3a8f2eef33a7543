using SchoolSupport.Bot.Features.Events;
using SchoolSupport.Bot.Hosting;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Audiences;
using SchoolSupport.Domain.Events;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Bot.Tests.Events;

public sealed class EventRepositoryTests : IDisposable
{
    private static readonly DateTime Now = new(2026, 11, 26, 7, 0, 0, DateTimeKind.Utc);
    private readonly string dir = Path.Combine(Path.GetTempPath(), "schoolbot-tests", Guid.NewGuid().ToString("N"));
    private readonly Store store;
    private readonly EventRepository events;

    public EventRepositoryTests()
    {
        store = new Store(new StorageOptions { DataDirectory = dir });
        events = new EventRepository(store);
    }

    [Fact]
    public void An_event_comes_back_exactly_as_stored()
    {
        var e = new Event
        {
            Id = "AbCd1234",
            Kind = EventKind.RoundTable,
            Title = "  Пробелы  сохраняются ",
            Description = "",
            StartUtc = Now.AddDays(1),
            DurationMinutes = 90,
            Link = null,
            Materials = new MaterialsFile { FileName = "program.pdf", StoredPath = "files/events/x-program.pdf", Size = 8 },
            Audience = new Audience
            {
                Roles = [Role.Teacher, Role.Parent],
                MunicipalityIds = ["vpyshma"],
                SchoolIds = [3, 5],
                Flags = SchoolFlags.LowResults | SchoolFlags.AdverseConditions,
                Cohort500Years = [2021],
            },
            OrganiserId = "o",
            OrganiserChat = new ChatAddress("telegram", 100),
            Status = EventStatus.Scheduled,
            CreatedAtUtc = Now,
            AnnounceAtUtc = Now.AddHours(2),
            ReminderMinutes = [1440, 60],
            RemindersFromUtc = Now,
            SentReminders = ["1440@20261127T0700"],
        };
        store.Write(() => events.Save(e));
        var back = events.Get(e.Id)!;
        Assert.Equal(e.Audience.Roles, back.Audience.Roles);
        Assert.Equal(e.Audience.MunicipalityIds, back.Audience.MunicipalityIds);
        Assert.Equal(e.Audience.SchoolIds, back.Audience.SchoolIds);
        Assert.Equal(e.Audience.Flags, back.Audience.Flags);
        Assert.Equal(e.Audience.Cohort500Years, back.Audience.Cohort500Years);
        Assert.Equal(e.ReminderMinutes, back.ReminderMinutes);
        Assert.Equal(e.SentReminders, back.SentReminders);
        Assert.Equal(e with { Audience = back.Audience, ReminderMinutes = back.ReminderMinutes, SentReminders = back.SentReminders }, back);
        Assert.Equal([e.Id], events.Active().Select(x => x.Id));
    }

    [Fact]
    public void Answers_are_kept_per_event_and_person_and_forgotten_with_the_person()
    {
        store.Write(() =>
        {
            events.Save(Participation.Received("e1", "p1", Now) with { Rsvp = Rsvp.Going, Feedback = "Полезно" });
            events.Save(Participation.Received("e1", "p2", Now));
            events.Save(Participation.Received("e2", "p1", Now));
        });
        Assert.Equal(Rsvp.Going, events.Participation("e1", "p1")!.Rsvp);
        Assert.Null(events.Participation("e2", "p2"));
        Assert.Equal(2, events.Recipients("e1").Count);
        Assert.Equal(2, events.ReceivedBy("p1").Count);
        Assert.Equal(2, store.Write(() => events.Forget("p1")));
        Assert.Single(events.Recipients("e1"));
    }

    public void Dispose()
    {
        store.Dispose();
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }
}
