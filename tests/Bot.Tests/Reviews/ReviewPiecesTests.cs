using System.Text;
using SchoolSupport.Bot.Features.Reviews;
using SchoolSupport.Bot.Features.Roadmaps;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Reviews;

namespace SchoolSupport.Bot.Tests.Reviews;

public sealed class ReviewPiecesTests
{
    [Fact]
    public void Every_refusal_is_said_in_Russian() =>
        Assert.All(Enum.GetValues<ReviewRefusal>(), r =>
        {
            var text = ReviewTexts.Reason(r);
            Assert.NotEqual(r.ToString(), text);
            Assert.Matches("[А-Яа-яЁё]", text);
        });

    [Fact]
    public void Every_state_has_a_Russian_name() =>
        Assert.All(Enum.GetValues<ReviewState>(), s => Assert.Matches("^[а-яё ()]+$", ReviewTexts.StateName(s)));

    [Fact]
    public void Button_data_fits_the_64_byte_limit_with_the_longest_ids()
    {
        var id = ShortIds.New();
        string[] all =
        [
            ReviewCallbacks.Accept(id, 999), ReviewCallbacks.AcceptWithComment(id, 999), ReviewCallbacks.Return(id, 999),
            ReviewCallbacks.History(id), ReviewCallbacks.Open(id), SubmitCallbacks.Resubmit(id), SubmitCallbacks.Roadmap(id, int.MaxValue),
            SubmitCallbacks.Stage(59, int.MaxValue), SubmitCallbacks.Slot(19, int.MaxValue), SubmitCallbacks.NoComment(int.MaxValue),
            RoadmapCallbacks.Step("dm", new string('m', 40), int.MaxValue), RoadmapCallbacks.Step("ds", int.MaxValue, int.MaxValue),
            CallbackData.Of(HandoverFeature.Action, "a", new string('p', 16), int.MaxValue).Pack(),
        ];

        Assert.All(all, d => Assert.True(Encoding.UTF8.GetByteCount(d) <= CallbackData.MaxBytes, d));
        Assert.Matches("^[0-9a-f]{10}$", id);
    }

    [Theory]
    [InlineData("Концепция развития.pdf", "Концепция_развития.pdf")]
    [InlineData("../../etc/passwd.docx", "passwd.docx")]
    [InlineData("C:\\Users\\dir\\План.XLSX", "План.xlsx")]
    [InlineData(".pdf", "pdf")]
    [InlineData("a<b>:c*?.odt", "a_b__c__.odt")]
    public void Stored_names_are_safe(string name, string safe) => Assert.Equal(safe, ReviewFiles.SafeName(name));

    [Theory]
    [InlineData("plan.pdf", true)]
    [InlineData("PLAN.DOCX", true)]
    [InlineData("photo.jpg", true)]
    [InlineData("scan.jpeg", true)]
    [InlineData("table.xls", true)]
    [InlineData("programme.odt", true)]
    [InlineData("virus.exe", false)]
    [InlineData("archive.zip", false)]
    [InlineData("noextension", false)]
    public void Only_documents_and_pictures_are_accepted(string name, bool accepted) => Assert.Equal(accepted, ReviewFiles.IsAccepted(name));
}
