using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Domain.Tests.Messaging;

public sealed class CommandTextTests
{
    private const string Name32 = "abcdefghijklmnopqrstuvwxyz_01234";
    private const string Name33 = "abcdefghijklmnopqrstuvwxyz_012345";

    [Theory]
    [InlineData("/start", "start", "")]
    [InlineData("/start CODE", "start", "CODE")]
    [InlineData("/start Ab0-_zZ9aaaaBBBBcccc1234", "start", "Ab0-_zZ9aaaaBBBBcccc1234")]
    [InlineData("/START@school_bot  code ", "start", "code")]
    [InlineData("/Start@School_Bot", "start", "")]
    [InlineData("/start@", "start", "")]
    [InlineData("/start@bot@other", "start", "")]
    [InlineData("/start   ", "start", "")]
    [InlineData("/start\tCODE", "start", "CODE")]
    [InlineData("/start\nCODE", "start", "CODE")]
    [InlineData("/start\n\n  CODE\n", "start", "CODE")]
    [InlineData("/help first line\nsecond line", "help", "first line\nsecond line")]
    [InlineData("/help\nfirst line\n  second line  ", "help", "first line\n  second line")]
    [InlineData("/start a b  c", "start", "a b  c")]
    [InlineData("/start Код", "start", "Код")]
    [InlineData("/a", "a", "")]
    [InlineData("/1", "1", "")]
    [InlineData("/my_command_2", "my_command_2", "")]
    [InlineData("/" + Name32, Name32, "")]
    [InlineData("/" + Name32 + "@school_bot arg", Name32, "arg")]
    public void A_command_splits_into_a_lower_case_name_and_a_trimmed_argument(string text, string name, string argument)
    {
        Assert.True(CommandText.TryParse(text, out var actualName, out var actualArgument));

        Assert.Equal(name, actualName);
        Assert.Equal(argument, actualArgument);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("/ ")]
    [InlineData("/ start")]
    [InlineData("/\nstart")]
    [InlineData("//start")]
    [InlineData("/@school_bot")]
    [InlineData("/@school_bot start")]
    [InlineData("text")]
    [InlineData("start")]
    [InlineData(" /start")] // a command begins the message
    [InlineData("\n/start")]
    [InlineData("hello /start")]
    [InlineData("/with-dash")]
    [InlineData("/with.dot")]
    [InlineData("/with:colon")]
    [InlineData("/старт")] // command names are Latin
    [InlineData("/ѕtart")] // Cyrillic «ѕ» that looks Latin
    [InlineData("/" + Name33)] // longer than Telegram's 32 characters
    [InlineData("/" + Name33 + "@school_bot")]
    [InlineData("/" + Name33 + " arg")]
    public void Text_that_is_not_a_command_does_not_parse(string? text)
    {
        Assert.False(CommandText.TryParse(text, out var name, out var argument));

        Assert.Equal("", name);
        Assert.Equal("", argument);
    }
}
