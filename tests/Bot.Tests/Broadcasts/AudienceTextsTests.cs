using SchoolSupport.Bot.Features.Audiences;
using SchoolSupport.Domain.Audiences;
using SchoolSupport.Domain.Messaging;
using SchoolSupport.Domain.Participants;
using SchoolSupport.Domain.Schools;

namespace SchoolSupport.Bot.Tests.Mailings;

public sealed class AudienceTextsTests
{
    private static readonly Municipality[] Municipalities = [new() { Id = "vpyshma", Name = "Верхняя Пышма", Region = "Свердловская область", TimeZoneId = "Asia/Yekaterinburg" }];
    private static readonly School[] Schools = [new() { Id = 7, Name = "МАОУ «СОШ №7»", MunicipalityId = "vpyshma" }];

    private static Participant P(string id) => new() { Id = id };

    [Fact]
    public void The_summary_names_how_many_get_it_and_why_the_others_do_not()
    {
        var plan = new AudiencePlan(
            [.. Enumerable.Range(0, 137).Select(i => P($"r{i}"))],
            [new Skipped(P("a"), SkipReason.Blocked), new Skipped(P("b"), SkipReason.NoConsent), new Skipped(P("c"), SkipReason.Blocked), new Skipped(P("d"), SkipReason.Blocked)]);

        Assert.Equal("Получат: 137. Не получат: 4 — заблокировали бота: 3, нет согласия: 1.", AudiencePicker.Summary(plan));
        Assert.Equal("Получат: 2.", AudiencePicker.Summary(new AudiencePlan([P("x"), P("y")], [])));
    }

    [Theory]
    [InlineData("", "Все в вашей зоне")]
    [InlineData("roles", "Роли: учителя, родители; муниципалитет: Верхняя Пышма; школы с признаком ШНОР")]
    [InlineData("school", "Школа: МАОУ «СОШ №7»; школы с признаками ШНОР или ШНСУ; школы «500+» набора 2022 года")]
    public void The_audience_is_described_in_plain_words(string which, string expected)
    {
        var audience = which switch
        {
            "roles" => new Audience { Roles = [Role.Teacher, Role.Parent], MunicipalityIds = ["vpyshma"], Flags = SchoolFlags.LowResults },
            "school" => new Audience { SchoolIds = [7], Flags = SchoolFlags.LowResults | SchoolFlags.AdverseConditions, Cohort500Years = [2022] },
            _ => Audience.EveryoneInScope,
        };
        Assert.Equal(expected, AudiencePicker.Describe(audience, Municipalities, Schools));
    }

    [Fact]
    public void A_municipality_id_too_long_for_64_bytes_of_callback_data_travels_as_its_position()
    {
        var longId = new string('m', 60);
        Municipality Muni(string id) => new() { Id = id, Name = id, Region = "", TimeZoneId = "Europe/Moscow" };
        var scope = new AudienceScope(P("sender"), [], [Muni("vpyshma"), Muni(longId)], [], [], []);
        AudienceScreens.Callback cb = (op, arg) => CallbackData.Of("ev", AudiencePicker.Marker, op, arg, 1234567).Pack();

        Assert.Equal("vpyshma", AudienceScreens.MunicipalityArg(scope, "vpyshma", cb));
        Assert.Equal("#1", AudienceScreens.MunicipalityArg(scope, longId, cb));
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(cb("s", 99999)) <= CallbackData.MaxBytes);
    }
}
