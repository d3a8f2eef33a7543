using SchoolSupport.Domain.Nudges;
using static SchoolSupport.Domain.Tests.Nudges.NudgeWorlds;

namespace SchoolSupport.Domain.Tests.Nudges;

public sealed class ReviewNudgesTests
{
    private static readonly NudgeSettings Defaults = new();

    [Theory]
    // Now: 10 March 2027, 10:00 in Екатеринбург (05:00 UTC). Digest threshold: 3 days.
    [InlineData(3, 7, 5, true)]   // exactly 3 days
    [InlineData(3, 7, 6, false)]  // 2 days 23 hours
    [InlineData(3, 1, 0, true)]   // 9 days
    [InlineData(3, 10, 4, false)] // an hour
    public void The_digest_lists_reviews_waiting_at_least_the_threshold(int month, int day, int hour, bool listed)
    {
        var w = new NudgeWorlds();
        w.Send(w.Assign(Pyshma, "p"), "concept", Utc(month, day, hour));

        var digests = ReviewNudges.Digests(w.World(), Defaults, Utc(3, 10, 5));

        Assert.Equal(listed, digests.Count == 1);
    }

    [Fact]
    public void Nothing_is_sent_when_nothing_waits_long_enough()
    {
        var w = new NudgeWorlds();
        Assert.Empty(ReviewNudges.Digests(w.World(), Defaults, Utc(3, 10, 12)));
        w.Send(w.Assign(Pyshma, "p"), "concept", Utc(3, 9, 0));
        Assert.Empty(ReviewNudges.Digests(w.World(), Defaults, Utc(3, 10, 12)));
    }

    [Fact]
    public void Each_curator_gets_one_list_of_their_reviews_oldest_first_keyed_by_their_local_day()
    {
        var w = new NudgeWorlds();
        var p = w.Assign(Pyshma, "p");
        w.Send(p, "concept", Utc(3, 5, 0));
        w.Send(p, "midterm", Utc(3, 1, 0));
        w.Send(w.Assign(Kotelnikovo, "k"), "concept", Utc(3, 2, 0));

        var digests = ReviewNudges.Digests(w.World(), Defaults, Utc(3, 10, 7)).OrderBy(d => d.Recipient.Id, StringComparer.Ordinal).ToList();

        Assert.Equal(["curator-1", "curator-3"], digests.Select(d => d.Recipient.Id));
        Assert.Equal(["p-midterm", "p-concept"], digests[0].Reviews.Select(r => r.Submission.Id));
        Assert.Equal([9, 5], digests[0].Reviews.Select(r => r.Days));
        Assert.Equal("Digest|curator-1|reviews|2027-03-10", Assert.Single(digests[0].Keys).Value);
        Assert.Equal("Digest|curator-3|reviews|2027-03-10", Assert.Single(digests[1].Keys).Value);
    }

    [Theory]
    // 04:30 UTC: 09:30 in Екатеринбург, 07:30 in Волгоград.
    [InlineData(4, 30, "curator-1")]
    [InlineData(5, 59, "curator-1")]
    [InlineData(6, 0, "curator-1,curator-3")]
    [InlineData(3, 59, "")]
    public void Each_recipient_gets_the_digest_after_the_hour_in_their_own_zone(int hour, int minute, string expected)
    {
        var w = new NudgeWorlds();
        w.Send(w.Assign(Pyshma, "p"), "concept", Utc(3, 1, 0));
        w.Send(w.Assign(Kotelnikovo, "k"), "concept", Utc(3, 1, 0));

        var to = ReviewNudges.Digests(w.World(), Defaults, Utc(3, 10, hour, minute)).Select(d => d.Recipient.Id).Order(StringComparer.Ordinal);

        Assert.Equal(expected, string.Join(",", to));
    }

    [Fact]
    public void A_sent_digest_is_not_sent_again_that_day_and_missed_days_are_never_replayed()
    {
        var w = new NudgeWorlds();
        w.Send(w.Assign(Pyshma, "p"), "concept", Utc(3, 1, 0));

        w.Mark(ReviewNudges.Digests(w.World(), Defaults, Utc(3, 10, 5)).SelectMany(d => d.Keys));
        Assert.Empty(ReviewNudges.Digests(w.World(), Defaults, Utc(3, 10, 5)));
        Assert.Empty(ReviewNudges.Digests(w.World(), Defaults, Utc(3, 10, 18))); // 23:00 local, same day

        // Down for two days: the 11th and the 12th are gone; the 13th's digest goes once.
        var after = ReviewNudges.Digests(w.World(), Defaults, Utc(3, 13, 6));
        Assert.Equal("Digest|curator-1|reviews|2027-03-13", Assert.Single(Assert.Single(after).Keys).Value);
        Assert.Equal(12, after[0].Reviews[0].Days);
    }

    [Fact]
    public void Reviews_handed_over_go_to_the_new_reviewer()
    {
        var w = new NudgeWorlds();
        var p = w.Assign(Pyshma, "p");
        var s = w.Send(p, "concept", Utc(3, 1, 0));
        w.Submissions[0] = s with { ReviewerId = "curator-3" };
        w.Send(w.Assign(Kotelnikovo, "k"), "concept", Utc(3, 1, 0));

        var to = ReviewNudges.Digests(w.World(), Defaults, Utc(3, 10, 12)).ToDictionary(d => d.Recipient.Id, d => d.Reviews.Count, StringComparer.Ordinal);

        Assert.Equal(2, to["curator-3"]); // the handed-over review and its own school's
        Assert.False(to.ContainsKey("curator-1"));
    }

    [Fact]
    public void Without_curators_the_coordinators_who_review_get_the_digest()
    {
        var w = new NudgeWorlds();
        w.People.Remove(CuratorK);
        w.Send(w.Assign(Kotelnikovo, "k"), "concept", Utc(3, 1, 0));

        var to = ReviewNudges.Digests(w.World(), Defaults, Utc(3, 10, 12)).Select(d => d.Recipient.Id).Order(StringComparer.Ordinal);

        Assert.Equal(["coord-all", "coord-kt"], to);
    }
}
