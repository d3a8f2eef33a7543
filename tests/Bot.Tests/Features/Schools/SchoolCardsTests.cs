using SchoolSupport.Bot.Features.Schools;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Bot.Tests.Features.Schools;

public sealed class SchoolCardsTests
{
    private static readonly School Full = new()
    {
        Id = 7,
        Name = "МАОУ «СОШ №7»",
        MunicipalityId = "vpyshma",
        Flags = SchoolFlags.LowResults | SchoolFlags.VprBias,
        Cluster = ResultCluster.Moderate,
        Cohort500Year = 2022,
        Locality = Locality.Rural,
        LeaderSchool = "МАОУ «СОШ №33»",
    };

    private static readonly School Plain = new() { Id = 8, Name = "МАОУ «ООШ №8»", MunicipalityId = "vpyshma" };

    [Fact]
    public void A_line_shows_flags_cluster_and_cohort()
    {
        Assert.Equal("3. МАОУ «СОШ №7» — ШНОР, ВПР · умеренно неуспевающие · 500+ (2022)", SchoolCards.Line(3, Full));
    }

    [Fact]
    public void A_line_of_a_school_without_details_is_just_its_name() =>
        Assert.Equal("1. МАОУ «ООШ №8»", SchoolCards.Line(1, Plain));

    [Fact]
    public void A_line_may_name_the_municipality() =>
        Assert.Equal("2. МАОУ «ООШ №8» — Верхняя Пышма", SchoolCards.Line(2, Plain, "Верхняя Пышма"));

    [Theory]
    [InlineData(ResultCluster.Basic, "базово неуспевающие")]
    [InlineData(ResultCluster.Moderate, "умеренно неуспевающие")]
    [InlineData(ResultCluster.Severe, "сильно неуспевающие")]
    [InlineData(ResultCluster.Unknown, null)]
    public void Clusters_read_in_russian(ResultCluster cluster, string? expected) =>
        Assert.Equal(expected, SchoolTexts.ClusterName(cluster));

    [Fact]
    public void A_card_lists_every_attribute()
    {
        var card = SchoolCards.Card(Full, "Верхняя Пышма");

        Assert.Equal(
            "🏫 МАОУ «СОШ №7»\nМуниципалитет: Верхняя Пышма\nПризнаки: ШНОР, ВПР\nКластер: умеренно неуспевающие\n" +
            "Проект «500+»: с 2022 года\nМестность: село\nШкола-лидер: МАОУ «СОШ №33»",
            card);
    }

    [Fact]
    public void A_card_says_what_is_not_set()
    {
        var card = SchoolCards.Card(Plain, "Верхняя Пышма");

        Assert.Contains("Признаки: не отмечены", card);
        Assert.Contains("Кластер: не указан", card);
        Assert.Contains("Проект «500+»: не участвует", card);
        Assert.DoesNotContain("Местность", card);
        Assert.DoesNotContain("Школа-лидер", card);
    }

    [Fact]
    public void The_summary_counts_flags_and_cohort()
    {
        var schools = new[] { Full, Plain, Plain with { Flags = SchoolFlags.LowResults | SchoolFlags.RiskZone } };

        Assert.Equal("Из них: ШНОР — 2, ВПР — 1, зона риска — 1, в «500+» — 1.", SchoolCards.Summary(schools));
        Assert.Null(SchoolCards.Summary([Plain]));
    }

    [Fact]
    public void Forty_schools_page_two_shows_numbers_9_to_16_with_counts()
    {
        var schools = Enumerable.Range(1, 40).Select(i => Plain with { Id = i, Name = $"СОШ №{i:00}" }).ToList();

        var text = SchoolCards.MunicipalityPage("Верхняя Пышма", schools, Paging.Of(schools, 1, SchoolBrowser.PageSize));

        Assert.StartsWith("🏫 Верхняя Пышма: 40 школ\n", text);
        Assert.Contains("Страница 2 из 5, № 9–16.", text);
        Assert.Contains("\n9. СОШ №09\n", text);
        Assert.EndsWith("\n16. СОШ №16", text);
        Assert.DoesNotContain("СОШ №17", text);
        Assert.DoesNotContain("СОШ №08", text);
    }

    [Fact]
    public void A_single_page_has_no_page_line()
    {
        var text = SchoolCards.MunicipalityPage("Верхняя Пышма", [Full], Paging.Of(new[] { Full }, 0, 8));

        Assert.Equal("🏫 Верхняя Пышма: 1 школа\nИз них: ШНОР — 1, ВПР — 1, в «500+» — 1.\n\n1. " + SchoolCards.Line(1, Full)[3..], text);
    }

    [Fact]
    public void An_empty_municipality_invites_to_add_schools() =>
        Assert.Contains("школ пока нет", SchoolCards.MunicipalityPage("Верхняя Пышма", [], Paging.Of(Array.Empty<School>(), 0, 8)));

    [Fact]
    public void Own_schools_show_their_municipality()
    {
        var own = new[] { Full, Plain };

        var text = SchoolCards.OwnPage(Paging.Of(own, 0, 8), id => id == "vpyshma" ? "Верхняя Пышма" : id);

        Assert.Equal("🏫 Ваши школы: 2\n\n" + SchoolCards.Line(1, Full, "Верхняя Пышма") + "\n" + SchoolCards.Line(2, Plain, "Верхняя Пышма"), text);
    }
}
