namespace Denoising.Host.Running.Patches;

/// <summary>The 8 flips and rotations of a square (the dihedral group), as DnCNN augments its patches.</summary>
public static class Dihedral
{
    public const int Count = 8;

    /// <summary>
    /// Writes transform <paramref name="transform"/> (0 = identity, 1-3 = 90, 180, 270 degree turns, 4-7 = the same after a
    /// left-right flip) of the planar <paramref name="size"/> x <paramref name="size"/> planes of <paramref name="source"/>.
    /// </summary>
    public static float[] Apply(float[] source, int channels, int size, int transform)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(transform);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(transform, Count);
        if (transform == 0)
            return source;
        var result = new float[source.Length];
        var last = size - 1;
        for (var c = 0; c < channels; c++)
        {
            var plane = c * size * size;
            for (var y = 0; y < size; y++)
            {
                for (var x = 0; x < size; x++)
                {
                    var (sy, sx) = (transform % 4) switch
                    {
                        0 => (y, x),
                        1 => (x, last - y),
                        2 => (last - y, last - x),
                        _ => (last - x, y),
                    };
                    if (transform >= 4)
                        sx = last - sx;
                    result[plane + y * size + x] = source[plane + sy * size + sx];
                }
            }
        }
        return result;
    }
}
