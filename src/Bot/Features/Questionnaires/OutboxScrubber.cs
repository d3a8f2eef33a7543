using LiteDB;
using SchoolSupport.Bot.Delivery;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Features.Questionnaires;

/// <summary>
/// The outbox keeps what was sent for 30 days, with the chat it went to: a question screen shows the respondent's answer
/// and the review screen all of them. Once a questionnaire is submitted, those copies are emptied, so the stored answers
/// lead back to no chat. A screen still waiting to be sent (the worker holds it) is emptied by the scheduler once it has
/// gone ("questionnaire_scrub" remembers the chat until then).
/// </summary>
internal sealed class OutboxScrubber(Store store, Outbox outbox)
{
    private readonly ILiteCollection<Later> later = store.Collection<Later>("questionnaire_scrub");

    public void Scrub(ChatAddress chat)
    {
        var waiting = false;
        foreach (var item in outbox.ForChat(chat.Channel, chat.ChatId))
        {
            if (!IsQuestionnaireScreen(item.Message)) continue;
            if (item.Status == OutboxStatus.Pending) { waiting = true; continue; }
            item.Message = Emptied(item.Message);
            outbox.Update(item);
        }
        var key = OutboxItem.ChatKeyOf(chat.Channel, chat.ChatId);
        if (waiting) later.Upsert(new Later { Id = key, Channel = chat.Channel, ChatId = chat.ChatId });
        else later.Delete(key);
    }

    /// <summary>The chats whose screens were still waiting at submission: scrubbed again now.</summary>
    public void ScrubWaiting()
    {
        foreach (var chat in later.FindAll().ToList()) Scrub(new ChatAddress(chat.Channel, chat.ChatId));
    }

    public int Waiting() => later.Count();

    private static bool IsQuestionnaireScreen(Outgoing m) => m switch
    {
        TextOut t => HasQuestionnaireButtons(t.Keyboard),
        EditOut e => HasQuestionnaireButtons(e.Keyboard),
        _ => false,
    };

    private static bool HasQuestionnaireButtons(Keyboard? k) =>
        k is not null && k.Rows.Any(r => r.Any(b => b.Data?.StartsWith(QuestionnaireCallbacks.Action + ":", StringComparison.Ordinal) == true));

    private static Outgoing Emptied(Outgoing m) => m switch
    {
        EditOut e => new EditOut(e.MessageId, FillingTexts.Emptied) { To = e.To },
        _ => new TextOut(FillingTexts.Emptied) { To = m.To },
    };

    internal sealed class Later
    {
        public string Id { get; set; } = "";
        public string Channel { get; set; } = "";
        public long ChatId { get; set; }
    }
}
