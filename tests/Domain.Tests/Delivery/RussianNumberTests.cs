using SchoolSupport.Domain.Delivery;

namespace SchoolSupport.Domain.Tests.Delivery;

public sealed class RussianNumberTests
{
    [Theory]
    [InlineData(0, "0")]
    [InlineData(37, "37")]
    [InlineData(999, "999")]
    [InlineData(4210, "4 210")]
    [InlineData(10000, "10 000")]
    [InlineData(1234567, "1 234 567")]
    public void Thousands_are_separated_by_a_narrow_no_break_space(long value, string expected) =>
        Assert.Equal(expected.Replace(' ', RussianNumber.GroupSeparator), RussianNumber.Of(value));
}
