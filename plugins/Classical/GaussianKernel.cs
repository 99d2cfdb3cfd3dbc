namespace Denoising.Plugins.Classical;

/// <summary>Normalised 1-D Gaussian weights of radius round(truncate * sigma), as scipy.ndimage builds them.</summary>
public static class GaussianKernel
{
    public static float[] Create(double sigma, double truncate)
    {
        var radius = Math.Max(1, (int)(truncate * sigma + 0.5));
        var weights = new double[2 * radius + 1];
        for (var i = -radius; i <= radius; i++)
            weights[i + radius] = Math.Exp(-0.5 * i * i / (sigma * sigma));
        var sum = weights.Sum();
        return weights.Select(w => (float)(w / sum)).ToArray();
    }
}
