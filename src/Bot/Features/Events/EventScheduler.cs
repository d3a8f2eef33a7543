using Microsoft.Extensions.Logging;
using SchoolSupport.Bot.Delivery;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Events;
using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Features.Events;

/// <summary>
/// What is due by the clock, from LiteDB (the in-memory Quartz store forgets triggers): scheduled announcements,
/// reminders and the attendance question. Each event is handled in one transaction that both queues the messages
/// and marks them done, so a rerun never repeats them, and a run after downtime catches up (the domain rules say
/// what is still worth sending).
/// </summary>
internal sealed class EventScheduler(
    Store store,
    Outbox outbox,
    EventRepository events,
    ParticipantRepository participants,
    EventAnnouncer announcer,
    EventMessages messages,
    TimeProvider time,
    ILogger<EventScheduler> log)
{
    private int runs;
    private long lastRunTicks;

    /// <summary>Completed runs since start (tests wait on it).</summary>
    public int CompletedRuns => Volatile.Read(ref runs);

    /// <summary>The clock time the last completed run worked with.</summary>
    public DateTime LastRunUtc => new(Interlocked.Read(ref lastRunTicks), DateTimeKind.Utc);

    public void RunDue()
    {
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var id in events.Active().Select(e => e.Id).ToList())
        {
            try
            {
                store.Write(() => Process(id, now));
            }
            catch (Exception e)
            {
                log.LogError(e, "Event {Id}: due work failed; the next run retries it", id);
            }
        }
        outbox.Signal();
        Interlocked.Exchange(ref lastRunTicks, now.Ticks);
        Interlocked.Increment(ref runs);
    }

    private void Process(string id, DateTime now)
    {
        if (events.Get(id) is not { } e) return;
        Announce(e, now);
        if (events.Get(id) is { } current) e = Remind(current, now);
        FollowUp(e, now);
    }

    private void Announce(Event e, DateTime now)
    {
        var due = EventTiming.Announcement(e, now);
        if (due == Due.No) return;
        var who = participants.Get(e.OrganiserId);
        if (due == Due.Send && who is not null && EventRights.CanCreate(who))
        {
            announcer.Announce(e, who, e.OrganiserChat, now);
            return;
        }
        events.Save(e with { Status = EventStatus.Missed });
        if (e.OrganiserChat is { } chat) outbox.Enqueue(new TextOut(EventOrganiserTexts.Missed(e)) { To = chat }, now);
    }

    private Event Remind(Event e, DateTime now)
    {
        var due = ReminderSchedule.Due(e, now);
        if (due.Keys.Count == 0) return e;
        if (due.SendMinutesBefore is not null)
            announcer.ToRecipients(e, "event-reminder", EventTexts.Headline(e), ReminderSchedule.Wants,
                (r, p, chat) => messages.Reminder(e, r, p, chat, now), progressChat: null, now);
        var marked = e with { SentReminders = [.. e.SentReminders, .. due.Keys] };
        events.Save(marked);
        return marked;
    }

    private void FollowUp(Event e, DateTime now)
    {
        var due = EventTiming.FollowUp(e, now);
        if (due == Due.No) return;
        if (due == Due.Send)
            announcer.ToRecipients(e, "event-followup", EventTexts.Headline(e), ReminderSchedule.Wants,
                (_, p, chat) => messages.AskAttended(e, p, chat, now), progressChat: null, now);
        events.Save(e with { FollowUpSentAtUtc = now });
    }
}
