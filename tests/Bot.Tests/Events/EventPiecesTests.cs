using Microsoft.Extensions.Configuration;
using SchoolSupport.Bot.Features.Events;
using SchoolSupport.Domain.Messaging;

namespace SchoolSupport.Bot.Tests.Events;

public sealed class EventPiecesTests
{
    [Fact]
    public void Every_button_fits_the_64_byte_limit()
    {
        const string id = "Ab-_1234"; // Ids.Random(6): 8 characters
        string[] data =
        [
            EventCallbacks.Rsvp(id, true), EventCallbacks.Attended(id, false), EventCallbacks.Of("cxy", id),
            EventCallbacks.Of("rec", id), EventCallbacks.Wizard("later", "-", int.MaxValue), EventCallbacks.Wizard("k", "RoundTable", int.MaxValue),
        ];
        Assert.All(data, d => Assert.True(CallbackData.TryParse(d, out _), d));
        Assert.Equal("ev:r:Ab-_1234:y", EventCallbacks.Rsvp(id, true));
    }

    [Theory]
    [InlineData(null, new[] { 1440, 60 })]
    [InlineData("1440,60", new[] { 1440, 60 })]
    [InlineData("60; 2880 60", new[] { 2880, 60 })]
    [InlineData("30", new[] { 30 })]
    public void Reminder_minutes_come_from_configuration(string? value, int[] expected)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Events:ReminderMinutes"] = value }).Build();
        Assert.Equal(expected, EventOptions.Read(config).ReminderMinutes);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("сутки")]
    [InlineData("1440,-60")]
    [InlineData("30000")]
    public void Bad_reminder_minutes_stop_the_start_with_a_clear_message(string value)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Events:ReminderMinutes"] = value }).Build();
        var e = Assert.Throws<InvalidOperationException>(() => EventOptions.Read(config));
        Assert.Contains("Events:ReminderMinutes", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Программа.pdf", "Программа.pdf")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData(@"C:\Users\a\план работы.docx", "план_работы.docx")]
    [InlineData("...", "materials")]
    public void Stored_file_names_are_safe(string name, string expected) => Assert.Equal(expected, EventFiles.SafeName(name));
}
