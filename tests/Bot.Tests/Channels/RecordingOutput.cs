using System.Diagnostics;
using System.Text;

namespace SchoolSupport.Bot.Tests.Channels;

/// <summary>The terminal screen: keeps everything written and lets a test wait until some text appears.</summary>
internal sealed class RecordingOutput : TextWriter
{
    private readonly Lock gate = new();
    private readonly StringBuilder text = new();
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override Encoding Encoding => Encoding.UTF8;

    public string Text
    {
        get { lock (gate) return text.ToString(); }
    }

    public int Length
    {
        get { lock (gate) return text.Length; }
    }

    public override void Write(char value) => Append(value.ToString());

    public override void Write(string? value) => Append(value ?? "");

    public override void WriteLine(string? value) => Append((value ?? "") + NewLine);

    /// <summary>Waits (30 s by default) until the text written after <paramref name="from"/> contains <paramref name="expect"/>; returns that text.</summary>
    public async Task<string> WaitForAsync(int from, string expect, TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(30);
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            Task next;
            string since;
            lock (gate)
            {
                next = changed.Task;
                since = text.ToString(from, text.Length - from);
            }
            if (since.Contains(expect, StringComparison.Ordinal)) return since;
            var remaining = limit - Stopwatch.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero)
                throw new TimeoutException($"The console did not show «{expect}» within {limit.TotalSeconds:0} s. It showed:\n{since}");
            try
            {
                await next.WaitAsync(remaining);
            }
            catch (TimeoutException)
            {
                // checked once more above, then reported
            }
        }
    }

    private void Append(string value)
    {
        TaskCompletionSource done;
        lock (gate)
        {
            text.Append(value);
            done = changed;
            changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        done.TrySetResult();
    }
}
