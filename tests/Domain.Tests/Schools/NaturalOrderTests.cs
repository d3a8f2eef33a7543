using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Domain.Tests.Schools;

public sealed class NaturalOrderTests
{
    private static int Sign(string? x, string? y) => Math.Sign(NaturalOrder.Instance.Compare(x, y));

    [Theory]
    // x, y, expected sign of Compare(x, y)
    [InlineData("СОШ №2", "СОШ №16", -1)]
    [InlineData("СОШ №16", "СОШ №2", 1)]
    [InlineData("СОШ №9", "СОШ №10", -1)]
    [InlineData("СОШ №16", "СОШ №16", 0)]
    [InlineData("МАОУ «СОШ №7»", "МАОУ «СОШ №33»", -1)]
    [InlineData("СОШ №1", "СОШ №1 с УИОП", -1)]
    [InlineData("Лицей №1", "СОШ №1", -1)]
    [InlineData("СОШ №2", "Гимназия №1", 1)]
    [InlineData("школа 2", "школа 2а", -1)] // a prefix comes first
    [InlineData("школа 2а", "школа 2б", -1)]
    [InlineData("школа 2б", "школа 10а", -1)]
    [InlineData("СОШ №007", "СОШ №8", -1)] // leading zeros do not make a number larger
    [InlineData("СОШ №02", "СОШ №2", 0)] // ... and equal numbers compare equal
    [InlineData("0", "00", 0)]
    [InlineData("0", "1", -1)]
    [InlineData("1.2.10", "1.2.9", 1)] // every run of digits is a number
    [InlineData("123456789012345678901234567890", "99999999999999999999999999999", 1)] // longer than any integer type
    [InlineData("сош №1", "СОШ №1", 0)] // case is ignored
    [InlineData("МАОУ сош №2", "МАОУ СОШ №16", -1)]
    [InlineData("school 2", "School 16", -1)]
    [InlineData("СОШ", "СОШ №1", -1)]
    [InlineData("1", "а", -1)] // digits before letters
    [InlineData("", "а", -1)]
    [InlineData("", "", 0)]
    [InlineData("Абвгд", "Абвге", -1)]
    [InlineData("Яблоневская СОШ", "Абаканская СОШ", 1)]
    public void Compare(string x, string y, int expected)
    {
        Assert.Equal(expected, Sign(x, y));
        Assert.Equal(-expected, Sign(y, x));
    }

    [Theory]
    [InlineData(null, null, 0)]
    [InlineData(null, "", -1)]
    [InlineData(null, "СОШ №1", -1)]
    [InlineData("СОШ №1", null, 1)]
    public void Null_comes_first(string? x, string? y, int expected) =>
        Assert.Equal(expected, Sign(x, y));

    /// <summary>
    /// Russian alphabetical order puts «Ё» right after «Е» (or treats them alike); in UTF-16 «Ё» (U+0401) comes before «А» (U+0410).
    /// Every row holds under both conventions.
    /// </summary>
    [Theory]
    [InlineData("Ёлкинская СОШ", "Андреевская СОШ", 1)]
    [InlineData("Ёлкинская СОШ", "Жуковская СОШ", -1)]
    [InlineData("МАОУ «Берёзовская СОШ»", "МАОУ «Бердюжская СОШ»", 1)] // д comes before е/ё
    [InlineData("МАОУ «Берёзовская СОШ»", "МАОУ «Беркутская СОШ»", -1)]
    public void Yo_sorts_with_the_letter_e_as_people_read_it(string x, string y, int expected)
    {
        Assert.Equal(expected, Sign(x, y));
        Assert.Equal(-expected, Sign(y, x));
    }

    [Theory]
    [InlineData("СОШ №16|СОШ №2|СОШ №1|СОШ №10|СОШ №3", "СОШ №1|СОШ №2|СОШ №3|СОШ №10|СОШ №16")]
    [InlineData(
        "МАОУ «СОШ №33»|МАОУ «СОШ №7»|МАОУ «СОШ №2»|МАОУ «Гимназия №1»|МАОУ «СОШ №22»|МАОУ «Лицей №1»",
        "МАОУ «Гимназия №1»|МАОУ «Лицей №1»|МАОУ «СОШ №2»|МАОУ «СОШ №7»|МАОУ «СОШ №22»|МАОУ «СОШ №33»")]
    [InlineData("9 класс|6 класс|11 класс|10 класс", "6 класс|9 класс|10 класс|11 класс")]
    public void Sorting_reads_like_a_person_would(string input, string expected) =>
        Assert.Equal(expected.Split('|'), input.Split('|').Order(NaturalOrder.Instance));
}
