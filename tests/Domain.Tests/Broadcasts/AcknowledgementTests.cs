using SchoolSupport.Domain.Broadcasts;

namespace SchoolSupport.Domain.Tests.Broadcasts;

public sealed class AcknowledgementTests
{
    private static readonly DateTime Sent = new(2026, 11, 26, 7, 0, 0, DateTimeKind.Utc);

    private static Mailing Mailing(bool ack = true, params (string Id, int? School)[] recipients) => new()
    {
        Id = "m1",
        SenderId = "coord",
        Text = "Уважаемые коллеги!",
        SendAtUtc = Sent,
        AckRequired = ack,
        FollowUpDays = ack ? 3 : 0,
        FollowUpDueUtc = ack ? Acknowledgements.FollowUpTime(Sent, 3) : null,
        Recipients = [.. recipients.Select(r => new MailingRecipient { ParticipantId = r.Id, SchoolId = r.School })],
    };

    private static readonly (string, int?)[] ThreeAtTwoSchools = [("a", 7), ("b", 7), ("c", 9), ("coord2", null)];

    [Fact]
    public void A_recipient_acknowledges_once_and_a_second_press_changes_nothing()
    {
        var m = Mailing(true, ThreeAtTwoSchools);

        var (first, after) = Acknowledgements.Acknowledge(m, "a", Sent.AddHours(1));
        var (second, again) = Acknowledgements.Acknowledge(after, "a", Sent.AddHours(2));

        Assert.Equal(AckOutcome.Recorded, first);
        Assert.Equal(AckOutcome.Already, second);
        Assert.Same(after, again);
        Assert.Equal(Sent.AddHours(1), Assert.Single(again.Acks).AtUtc);
    }

    [Fact]
    public void Someone_who_is_not_a_recipient_cannot_acknowledge()
    {
        var (outcome, m) = Acknowledgements.Acknowledge(Mailing(true, ThreeAtTwoSchools), "stranger", Sent);

        Assert.Equal(AckOutcome.NotRecipient, outcome);
        Assert.Empty(m.Acks);
    }

    [Fact]
    public void A_mailing_without_acknowledgement_records_none() =>
        Assert.Equal(AckOutcome.NotRequired, Acknowledgements.Acknowledge(Mailing(false, ThreeAtTwoSchools), "a", Sent).Outcome);

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(5, true)]
    public void The_follow_up_is_due_from_its_time_on(int hoursAfterDue, bool due) =>
        Assert.Equal(due, Acknowledgements.FollowUpDue(Mailing(true, ThreeAtTwoSchools), Sent.AddDays(3).AddHours(hoursAfterDue)));

    [Fact]
    public void The_follow_up_is_not_due_once_done_nor_for_mailings_without_acknowledgement()
    {
        var late = Sent.AddDays(10);
        Assert.False(Acknowledgements.FollowUpDue(Mailing(true, ThreeAtTwoSchools) with { FollowUpDoneAtUtc = Sent.AddDays(3) }, late));
        Assert.False(Acknowledgements.FollowUpDue(Mailing(false, ThreeAtTwoSchools), late));
    }

    [Fact]
    public void The_follow_up_goes_only_to_those_who_have_not_acknowledged()
    {
        var m = Acknowledgements.Acknowledge(Mailing(true, ThreeAtTwoSchools), "b", Sent).Mailing;

        Assert.Equal(["a", "c", "coord2"], Acknowledgements.Pending(m).Select(r => r.ParticipantId));
        Assert.Empty(Acknowledgements.Pending(Mailing(false, ThreeAtTwoSchools)));
    }

    [Fact]
    public void The_per_school_report_counts_acknowledgements_per_school_in_school_order_and_people_without_a_school_last()
    {
        var m = Mailing(true, ThreeAtTwoSchools);
        m = Acknowledgements.Acknowledge(m, "a", Sent).Mailing;
        m = Acknowledgements.Acknowledge(m, "c", Sent).Mailing;

        var rows = Acknowledgements.PerSchool(m, [9, 7]);

        Assert.Equal([new SchoolAckCount(9, 1, 1), new SchoolAckCount(7, 1, 2), new SchoolAckCount(null, 0, 1)], rows);
    }
}
