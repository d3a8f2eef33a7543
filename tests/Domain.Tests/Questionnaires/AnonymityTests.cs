using SchoolSupport.Domain.Questionnaires;

namespace SchoolSupport.Domain.Tests.Questionnaires;

public sealed class AnonymityTests
{
    [Theory]
    [InlineData(4, false, false)]
    [InlineData(5, false, true)]
    [InlineData(9, true, false)]
    [InlineData(10, true, true)]
    [InlineData(0, false, false)]
    public void An_aggregate_needs_five_respondents_and_ten_for_free_text(int respondents, bool freeText, bool shown) =>
        Assert.Equal(shown, Anonymity.CanShow(respondents, freeText));

    /// <summary>Parts as "key=count" separated by spaces; hidden parts sorted; "T" when the total is hidden.</summary>
    [Theory]
    // Every part large enough: nothing hidden.
    [InlineData("t=12 s6=30 s9=25", true, false, "")]
    // A small part is hidden; shown parts and the total would give it away by subtraction, so the next smallest goes too.
    [InlineData("t=12 s6=30 s9=3", true, false, "s9 t")]
    // The subtraction case of the brief: total and all groups but one shown, the remaining one under 5.
    [InlineData("h=1 t=20 p=40", true, false, "h t")]
    // Two small parts that together reach 5 are safe to hide together: their sum is an aggregate of 5.
    [InlineData("a=2 b=3 c=40", true, false, "a b")]
    // Two small parts under 5 together: one more part is hidden.
    [InlineData("a=1 b=2 c=40 d=30", true, false, "a b d")]
    // Without a total shown, subtraction is impossible: only the small part hides.
    [InlineData("t=12 s6=30 s9=3", false, false, "s9")]
    // A part without respondents has nothing to hide and gives nothing away.
    [InlineData("t=12 s6=30 s9=0", true, false, "")]
    // The total itself under 5: hidden, and so are the small parts.
    [InlineData("h=1 t=3", true, true, "h t")]
    // The only other part goes too: what is left shown is the total of 7, never a group of one.
    [InlineData("h=1 t=6", true, false, "h t")]
    public void Small_parts_are_hidden_and_cannot_be_recovered_by_subtraction(string parts, bool totalShown, bool totalHidden, string hidden)
    {
        var cells = parts.Split(' ').Select(p => p.Split('=')).Select(p => new Cell(p[0], int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture))).ToList();

        var d = Anonymity.Disclose(cells, totalShown);

        Assert.Equal(hidden, string.Join(" ", d.HiddenParts.Order(StringComparer.Ordinal)));
        Assert.Equal(totalHidden || !totalShown, d.TotalHidden);
        if (!d.TotalHidden)
        {
            var hiddenSum = cells.Where(c => !d.Shows(c.Key)).Sum(c => c.Respondents);
            Assert.True(hiddenSum == 0 || hiddenSum >= Anonymity.MinRespondents, "what subtraction recovers is an aggregate of at least five");
        }
    }

    [Fact]
    public void Free_text_uses_ten_for_the_subtraction_rule_too()
    {
        var d = Anonymity.Disclose([new Cell("t", 12), new Cell("p", 30), new Cell("s", 7)], totalShown: true, freeText: true);

        Assert.Equal(["s", "t"], d.HiddenParts.Order(StringComparer.Ordinal));
        Assert.False(d.TotalHidden);
    }
}
