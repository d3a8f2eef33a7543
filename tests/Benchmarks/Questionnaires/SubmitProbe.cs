using System.Diagnostics;
using System.Globalization;
using SchoolSupport.Bot.Delivery;
using SchoolSupport.Bot.Features;
using SchoolSupport.Bot.Storage;
using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Benchmarks.Questionnaires;

/// <summary>
/// The cost of one «Отправить анкету» inside the bot, with nothing else going on: respondents filled in up to the review
/// screen through the chat, then their submit presses are handled one by one as the update pipeline handles them (the
/// router inside one LiteDB transaction, committed; the replies are built, not sent), timed each.
/// </summary>
internal static class SubmitProbe
{
    public static Percentiles Measure(LoadHost host, IReadOnlyList<Respondent> atReview)
    {
        var router = host.Get<Router>();
        var store = host.Get<Store>();
        var channel = host.Get<IChannel>();
        var times = new List<double>(atReview.Count);
        foreach (var u in atReview.Where(u => !u.Failed && u.NextData is not null))
        {
            var press = new ButtonIn("probe-" + u.Id.ToString(CultureInfo.InvariantCulture), u.NextData!, u.ScreenMessageId)
            {
                From = new ChannelUser("telegram", u.Id),
                ChatId = u.Id,
            };
            var t = Stopwatch.GetTimestamp();
            var replies = store.Write(() => router.Handle(press, channel, DateTime.UtcNow).Output.Count);
            times.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            if (replies == 0) throw new InvalidOperationException($"The submit of respondent {u.Id} produced no reply.");
        }
        return Percentiles.Of(times);
    }
}
