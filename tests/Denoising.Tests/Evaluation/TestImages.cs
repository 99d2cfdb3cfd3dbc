using Denoising.Abstractions;

namespace Denoising.Tests.Evaluation;

/// <summary>Small images defined by formulas (the same formulas as skimage_reference.py).</summary>
internal static class TestImages
{
    public static Image FromFormula(string id, int channels, int height, int width, Func<int, int, int, double> value)
    {
        var pixels = new float[channels * height * width];
        for (var c = 0; c < channels; c++)
            for (var i = 0; i < height; i++)
                for (var j = 0; j < width; j++)
                    pixels[(c * height + i) * width + j] = (float)value(c, i, j);
        return new Image(id, channels, height, width, pixels);
    }

    public static Image Constant(string id, int channels, int height, int width, double value) =>
        FromFormula(id, channels, height, width, (_, _, _) => value);

    /// <summary>x[c,i,j] = ((7i + 3j + 5c) mod 11) / 10.</summary>
    public static Image Pattern(string id, int channels, int height, int width) =>
        FromFormula(id, channels, height, width, PatternValue);

    /// <summary>The pattern plus a small structured perturbation: + (((5i + 2j + 3c) mod 7) - 3) / 50.</summary>
    public static Image Perturbed(string id, int channels, int height, int width) =>
        FromFormula(id, channels, height, width, (c, i, j) => PatternValue(c, i, j) + ((i * 5 + j * 2 + c * 3) % 7 - 3) / 50.0);

    /// <summary>An unrelated pattern: ((i^2 + 2j + c) mod 13) / 12.</summary>
    public static Image Other(string id, int channels, int height, int width) =>
        FromFormula(id, channels, height, width, (c, i, j) => (i * i + j * 2 + c) % 13 / 12.0);

    private static double PatternValue(int c, int i, int j) => (i * 7 + j * 3 + c * 5) % 11 / 10.0;
}
