using System.Globalization;
using System.Text;
using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Domain.Tests.Messaging;

public sealed class CallbackDataTests
{
    private static string Bytes(int count, char c = 'x') => new(c, count);

    public static TheoryData<string, string[], string> Packed => new()
    {
        { "menu", [], "menu" },
        { "s", ["1"], "s:1" },
        { "inv", ["s", "12", "3"], "inv:s:12:3" },
        { "a", [""], "a:" },
        { "a", ["", ""], "a::" },
        { "a", ["", "b"], "a::b" },
        { "mun", ["vpyshma", "0"], "mun:vpyshma:0" },
        { "школа", ["№7", "да"], "школа:№7:да" },
        { "e", ["🙂"], "e:🙂" },
        { "sp", [" a b "], "sp: a b " },
        { "a", [Bytes(62)], "a:" + Bytes(62) }, // exactly 64 bytes
        { "a", [Bytes(31, 'я')], "a:" + Bytes(31, 'я') }, // 2 + 31 × 2 = 64 bytes
    };

    [Theory]
    [MemberData(nameof(Packed))]
    public void Pack_joins_the_action_and_arguments_with_colons(string action, string[] args, string expected) =>
        Assert.Equal(expected, new CallbackData(action, args).Pack());

    [Theory]
    [MemberData(nameof(Packed))]
    public void What_is_packed_parses_back_to_the_same_action_and_arguments(string action, string[] args, string packed)
    {
        Assert.True(CallbackData.TryParse(new CallbackData(action, args).Pack(), out var parsed));

        Assert.Equal(action, parsed.Action);
        Assert.Equal(args, parsed.Args);
        Assert.Equal(packed, parsed.Pack());
    }

    [Theory]
    [InlineData("a", "x", 62, 64, 64)]
    [InlineData("a", "я", 31, 33, 64)] // Cyrillic letters are two bytes each
    [InlineData("a", "🙂", 15, 32, 62)] // an emoji is two chars and four bytes
    [InlineData("мм", "я", 29, 32, 63)]
    [InlineData("a", "€", 20, 22, 62)] // three bytes each
    public void Data_of_up_to_64_utf8_bytes_packs(string action, string unit, int count, int expectedChars, int expectedBytes)
    {
        var packed = new CallbackData(action, [string.Concat(Enumerable.Repeat(unit, count))]).Pack();

        Assert.Equal(expectedChars, packed.Length);
        Assert.Equal(expectedBytes, Encoding.UTF8.GetByteCount(packed));
        Assert.True(CallbackData.TryParse(packed, out _));
    }

    public static TheoryData<string, string[]> TooLong => new()
    {
        { "a", [Bytes(63)] }, // 65 bytes
        { "a", [Bytes(32, 'я')] }, // 66 bytes in only 34 chars
        { "a", [Bytes(31, 'я') + "x"] }, // 65 bytes in 34 chars
        { "a", [string.Concat(Enumerable.Repeat("🙂", 16))] }, // 66 bytes in 34 chars
        { Bytes(65), [] },
        { Bytes(33, 'ы'), [] }, // 66 bytes in 33 chars
        { "a", ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27"] },
    };

    [Theory]
    [MemberData(nameof(TooLong))]
    public void Pack_refuses_more_than_64_bytes(string action, string[] args)
    {
        var data = new CallbackData(action, args);

        Assert.Throws<ArgumentException>(() => data.Pack());
    }

    [Theory]
    [MemberData(nameof(TooLong))]
    public void Data_longer_than_64_bytes_does_not_parse(string action, string[] args)
    {
        var text = args.Length == 0 ? action : action + ":" + string.Join(':', args);

        Assert.False(CallbackData.TryParse(text, out _));
    }

    public static TheoryData<string, string[]> ColonOrEmptyAction => new()
    {
        { "", [] },
        { "", ["1"] },
        { "a:b", [] },
        { ":", [] },
        { "a", ["1:2"] },
        { "a", ["ok", ":"] },
        { "a", ["ok", "x:"] },
    };

    [Theory]
    [MemberData(nameof(ColonOrEmptyAction))]
    public void Pack_refuses_a_colon_inside_a_part_and_an_empty_action(string action, string[] args)
    {
        var data = new CallbackData(action, args);

        Assert.Throws<ArgumentException>(() => data.Pack());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(":")]
    [InlineData("::")]
    [InlineData(":1")]
    [InlineData(":s:1")]
    public void Empty_or_actionless_data_does_not_parse(string? data)
    {
        Assert.False(CallbackData.TryParse(data, out var result));

        Assert.Equal("", result.Action);
        Assert.Empty(result.Args);
    }

    [Theory]
    // data from the client, expected action, expected arguments joined by '|'
    [InlineData("menu", "menu", null)]
    [InlineData("s:1", "s", "1")]
    [InlineData("s:1:2", "s", "1|2")]
    [InlineData("s:", "s", "")]
    [InlineData("s::", "s", "|")]
    [InlineData("unknown-action:¯\\_(ツ)_/¯", "unknown-action", "¯\\_(ツ)_/¯")]
    [InlineData("s: 1 ", "s", " 1 ")]
    public void Any_short_data_with_an_action_parses_and_is_judged_later(string data, string action, string? args)
    {
        Assert.True(CallbackData.TryParse(data, out var result));

        Assert.Equal(action, result.Action);
        Assert.Equal(args is null ? [] : args.Split('|'), result.Args);
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("7", 7)]
    [InlineData("42", 42)]
    [InlineData("007", 7)]
    [InlineData("2147483647", int.MaxValue)]
    [InlineData("2147483648", null)] // overflow
    [InlineData("99999999999999999999", null)]
    [InlineData("-1", null)] // ids and versions are never negative
    [InlineData("-0", null)]
    [InlineData("+1", null)]
    [InlineData(" 1", null)]
    [InlineData("1 ", null)]
    [InlineData("1.0", null)]
    [InlineData("1,0", null)]
    [InlineData("1e3", null)]
    [InlineData("0x1F", null)]
    [InlineData("1_000", null)]
    [InlineData("abc", null)]
    [InlineData("NaN", null)]
    [InlineData("", null)]
    [InlineData("٣", null)] // Arabic-Indic digit
    [InlineData("１", null)] // full-width digit
    public void Int_arg_accepts_only_plain_non_negative_numbers(string arg, int? expected)
    {
        Assert.True(CallbackData.TryParse("s:" + arg, out var data));

        Assert.Equal(expected, data.IntArg(0));
    }

    [Theory]
    [InlineData("s", 0)]
    [InlineData("s:1", 1)]
    [InlineData("s:1", 5)]
    public void A_missing_argument_is_empty_and_not_a_number(string text, int index)
    {
        Assert.True(CallbackData.TryParse(text, out var data));

        Assert.Equal("", data.Arg(index));
        Assert.Null(data.IntArg(index));
    }

    [Theory]
    [InlineData("ru-RU")]
    [InlineData("en-US")]
    [InlineData("ar-SA")]
    public void Of_formats_arguments_with_the_invariant_culture(string culture)
    {
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            Assert.Equal("p:1.5:-3:12345:True:x", CallbackData.Of("p", 1.5, -3, 12345, true, "x").Pack());
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void Of_without_arguments_is_just_the_action() =>
        Assert.Equal("menu", CallbackData.Of("menu").Pack());
}
