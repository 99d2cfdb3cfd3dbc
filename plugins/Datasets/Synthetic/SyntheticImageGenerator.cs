namespace Denoising.Plugins.Datasets.Synthetic;

/// <summary>
/// Draws one image: a linear gradient background, then 2 to 5 shapes (disks, rotated ellipses, rotated
/// rectangles, striped rectangles) with anti-aliased edges, each of a random gray level or colour.
/// Piecewise smooth with sharp edges: what denoisers have to preserve.
/// </summary>
public static class SyntheticImageGenerator
{
    private const int MinShapes = 2;
    private const int MaxShapes = 5;

    /// <summary>Seed of image <paramref name="index"/> of a set (SplitMix64 finaliser, so neighbours differ).</summary>
    public static int ImageSeed(int seed, int index)
    {
        var z = ((ulong)(uint)seed << 32 | (uint)index) + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (int)(z ^ (z >> 31));
    }

    /// <summary>Planar pixels (channel, row, column) in [0, 1]; all randomness comes from <paramref name="random"/>.</summary>
    public static float[] Generate(int channels, int height, int width, Random random)
    {
        var pixels = new float[channels * height * width];
        PaintGradient(pixels, channels, height, width, random);
        var shapeCount = random.Next(MinShapes, MaxShapes + 1);
        for (var i = 0; i < shapeCount; i++)
        {
            var shape = RandomShape(height, width, random);
            var colour = new float[channels];
            for (var c = 0; c < channels; c++)
                colour[c] = random.NextSingle();
            Paint(pixels, height, width, shape, colour);
        }

        return pixels;
    }

    private static void PaintGradient(float[] pixels, int channels, int height, int width, Random random)
    {
        (var sin, var cos) = Math.SinCos(random.NextDouble() * 2 * Math.PI);
        var slope = (0.1 + 0.4 * random.NextDouble()) / Math.Max(height, width);
        for (var c = 0; c < channels; c++)
        {
            // Mid-gray base; a steep gradient may saturate in a corner, hence the clamp.
            var level = 0.25 + 0.5 * random.NextDouble();
            var plane = c * height * width;
            for (var y = 0; y < height; y++)
                for (var x = 0; x < width; x++)
                {
                    var along = (x + 0.5 - width / 2.0) * cos + (y + 0.5 - height / 2.0) * sin;
                    pixels[plane + y * width + x] = (float)Math.Clamp(level + slope * along, 0, 1);
                }
        }
    }

    private static ISyntheticShape RandomShape(int height, int width, Random random)
    {
        double size = Math.Min(height, width);
        var centerX = random.NextDouble() * width;
        var centerY = random.NextDouble() * height;
        var angle = random.NextDouble() * Math.PI;
        double RandomExtent() => Math.Max(1.5, size * (0.08 + 0.25 * random.NextDouble()));

        var kind = random.NextDouble();
        if (kind < 0.3)
        {
            var radius = RandomExtent();
            return new EllipseShape(centerX, centerY, 0, radius, radius);
        }

        if (kind < 0.55)
            return new EllipseShape(centerX, centerY, angle, RandomExtent(), RandomExtent());
        if (kind < 0.85)
            return new BoxShape(centerX, centerY, angle, RandomExtent(), RandomExtent());
        var period = 3 + random.NextDouble() * Math.Max(1, size / 6);
        return new StripedBoxShape(centerX, centerY, angle, RandomExtent(), RandomExtent(), period);
    }

    private static void Paint(float[] pixels, int height, int width, ISyntheticShape shape, float[] colour)
    {
        var plane = height * width;
        var top = Math.Max(0, (int)Math.Floor(shape.CenterY - shape.Reach));
        var bottom = Math.Min(height - 1, (int)Math.Ceiling(shape.CenterY + shape.Reach));
        var left = Math.Max(0, (int)Math.Floor(shape.CenterX - shape.Reach));
        var right = Math.Min(width - 1, (int)Math.Ceiling(shape.CenterX + shape.Reach));
        for (var y = top; y <= bottom; y++)
            for (var x = left; x <= right; x++)
            {
                var alpha = (float)shape.Coverage(x + 0.5, y + 0.5);
                if (alpha <= 0)
                    continue;
                for (var c = 0; c < colour.Length; c++)
                {
                    ref var pixel = ref pixels[c * plane + y * width + x];
                    pixel += alpha * (colour[c] - pixel);
                }
            }
    }
}
