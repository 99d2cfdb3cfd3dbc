namespace Denoising.Host.Sweeps;

/// <summary>
/// Default short names of swept keys: the shortest tail of the key path that no other swept key shares,
/// so <c>steps.model.noise</c> is <c>noise</c> unless another key also ends in <c>noise</c>.
/// </summary>
public static class ShortNames
{
    public static string For(string key, IReadOnlyCollection<string> allKeys)
    {
        var segments = key.Split('.');
        for (var length = 1; length < segments.Length; length++)
        {
            var tail = Tail(segments, length);
            if (allKeys.All(other => other == key || Tail(other.Split('.'), length) != tail))
                return tail;
        }
        return key;
    }

    private static string Tail(string[] segments, int length) =>
        string.Join('.', segments[Math.Max(0, segments.Length - length)..]);
}
