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
        ulong z = ((ulong)(uint)seed << 32 | (uint)index) + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (int)(z ^ (z >> 31));
    }

    /// <summary>Planar pixels (channel, row, column) in [0, 1]; all randomness comes from <paramref name="random"/>.</summary>
    public static float[] Generate(int channels, int height, int width, Random random)
    {
        var pixels = new float[channels * height * width];
        PaintGradient(pixels, channels, height, width, random);
        int shapeCount = random.Next(MinShapes, MaxShapes + 1);
        for (int i = 0; i < shapeCount; i++)
        {
            ISyntheticShape shape = RandomShape(height, width, random);
            var colour = new float[channels];
            for (int c = 0; c < channels; c++)
                colour[c] = random.NextSingle();
            Paint(pixels, height, width, shape, colour);
        }

        return pixels;
    }

    private static void PaintGradient(float[] pixels, int channels, int height, int width, Random random)
    {
        (double sin, double cos) = Math.SinCos(random.NextDouble() * 2 * Math.PI);
        double slope = (0.1 + 0.4 * random.NextDouble()) / Math.Max(height, width);
        for (int c = 0; c < channels; c++)
        {
            // Mid-gray base; a steep gradient may saturate in a corner, hence the clamp.
            double level = 0.25 + 0.5 * random.NextDouble();
            int plane = c * height * width;
            for (int y = 0; y < height; y++)
            for (int x = 0; x < width; x++)
            {
                double along = (x + 0.5 - width / 2.0) * cos + (y + 0.5 - height / 2.0) * sin;
                pixels[plane + y * width + x] = (float)Math.Clamp(level + slope * along, 0, 1);
            }
        }
    }

    private static ISyntheticShape RandomShape(int height, int width, Random random)
    {
        double size = Math.Min(height, width);
        double centerX = random.NextDouble() * width;
        double centerY = random.NextDouble() * height;
        double angle = random.NextDouble() * Math.PI;
        double RandomExtent() => Math.Max(1.5, size * (0.08 + 0.25 * random.NextDouble()));

        double kind = random.NextDouble();
        if (kind < 0.3)
        {
            double radius = RandomExtent();
            return new EllipseShape(centerX, centerY, 0, radius, radius);
        }

        if (kind < 0.55)
            return new EllipseShape(centerX, centerY, angle, RandomExtent(), RandomExtent());
        if (kind < 0.85)
            return new BoxShape(centerX, centerY, angle, RandomExtent(), RandomExtent());
        double period = 3 + random.NextDouble() * Math.Max(1, size / 6);
        return new StripedBoxShape(centerX, centerY, angle, RandomExtent(), RandomExtent(), period);
    }

    private static void Paint(float[] pixels, int height, int width, ISyntheticShape shape, float[] colour)
    {
        int plane = height * width;
        int top = Math.Max(0, (int)Math.Floor(shape.CenterY - shape.Reach));
        int bottom = Math.Min(height - 1, (int)Math.Ceiling(shape.CenterY + shape.Reach));
        int left = Math.Max(0, (int)Math.Floor(shape.CenterX - shape.Reach));
        int right = Math.Min(width - 1, (int)Math.Ceiling(shape.CenterX + shape.Reach));
        for (int y = top; y <= bottom; y++)
        for (int x = left; x <= right; x++)
        {
            float alpha = (float)shape.Coverage(x + 0.5, y + 0.5);
            if (alpha <= 0)
                continue;
            for (int c = 0; c < colour.Length; c++)
            {
                ref float pixel = ref pixels[c * plane + y * width + x];
                pixel += alpha * (colour[c] - pixel);
            }
        }
    }
}
