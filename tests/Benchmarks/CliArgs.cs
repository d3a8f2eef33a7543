using System.Globalization;

namespace SchoolSupport.Benchmarks;

/// <summary>The command-line pieces every benchmark's options share: bounded numbers and the refusal of a bad argument.</summary>
internal static class CliArgs
{
    /// <summary>args[i] as an integer within [min, max], or null (missing, not a number, out of range).</summary>
    public static int? Int(string[] args, int i, int min, int max) =>
        i < args.Length && int.TryParse(args[i], NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max ? v : null;

    /// <summary>args[i] as a number within [min, max], or null.</summary>
    public static double? Number(string[] args, int i, double min, double max) =>
        i < args.Length && double.TryParse(args[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max ? v : null;

    /// <summary>Says which argument was not understood and how to call the benchmark; the options are then null.</summary>
    public static T? Refuse<T>(string argument, string usage) where T : class
    {
        Console.Error.WriteLine($"Unknown or out-of-range argument «{argument}».");
        Console.Error.WriteLine(usage);
        return null;
    }
}
