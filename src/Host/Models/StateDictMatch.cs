using static TorchSharp.torch;

namespace Denoising.Host.Models;

/// <summary>
/// Checks a state dict from a file against the one a network expects before a tensor is copied: every missing key,
/// unexpected key and shape mismatch is named (PyBridge's strict loading names none and checks no shapes).
/// </summary>
public static class StateDictMatch
{
    /// <summary>Names listed per kind of problem; the rest are counted.</summary>
    private const int ListedNames = 20;

    /// <exception cref="InvalidDataException">The keys or shapes differ; the message names each difference.</exception>
    public static void Require(IReadOnlyDictionary<string, Tensor> expected, IReadOnlyDictionary<string, Tensor> given, string source, string network)
    {
        var missing = expected.Keys.Where(key => !given.ContainsKey(key)).ToList();
        var unexpected = given.Keys.Where(key => !expected.ContainsKey(key)).Order(StringComparer.Ordinal).ToList();
        var reshaped = expected
            .Where(entry => given.TryGetValue(entry.Key, out var tensor) && !tensor.shape.SequenceEqual(entry.Value.shape))
            .Select(entry => $"{entry.Key} is {Shape(given[entry.Key])} in the file, {Shape(entry.Value)} in the network")
            .ToList();
        if (missing.Count + unexpected.Count + reshaped.Count == 0)
            return;
        var lines = new List<string> { $"'{source}' does not fit {network}:" };
        if (missing.Count > 0)
            lines.Add($"  missing keys: {List(missing)}");
        if (unexpected.Count > 0)
            lines.Add($"  unexpected keys: {List(unexpected)}");
        if (reshaped.Count > 0)
            lines.Add($"  shapes differ: {List(reshaped, "; ")}");
        lines.Add($"  the network expects: {List(expected.Select(entry => $"{entry.Key} {Shape(entry.Value)}").ToList(), ", ")}");
        throw new InvalidDataException(string.Join(Environment.NewLine, lines));
    }

    /// <summary>The first names, comma-separated, and how many more there are.</summary>
    public static string List(IReadOnlyList<string> names, string separator = ", ") =>
        names.Count <= ListedNames
            ? string.Join(separator, names)
            : $"{string.Join(separator, names.Take(ListedNames))} and {names.Count - ListedNames} more";

    private static string Shape(Tensor tensor) => $"[{string.Join(", ", tensor.shape)}]";
}
