namespace Denoising.Host.Running.Caching;

/// <summary>
/// How a cached image's samples are stored, chosen per image so that reading gives back the very same floats: as
/// 8-bit numerators over 255 (8-bit samples divided by 255, as the image datasets give RGB), 16-bit numerators over
/// 765 (the mean of three 8-bit samples, their gray), else the floats themselves.
/// </summary>
public enum SampleEncoding : byte
{
    Float32 = 0,
    OverByteMax = 1,
    OverRgbSumMax = 2,
}

/// <summary>Picks the smallest <see cref="SampleEncoding"/> that stores an image's floats exactly.</summary>
public static class SampleEncodings
{
    public static int BytesPerSample(SampleEncoding encoding) => encoding switch
    {
        SampleEncoding.OverByteMax => 1,
        SampleEncoding.OverRgbSumMax => 2,
        SampleEncoding.Float32 => 4,
        _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "unknown sample encoding"),
    };

    public static float Denominator(SampleEncoding encoding) => encoding switch
    {
        SampleEncoding.OverByteMax => 255f,
        SampleEncoding.OverRgbSumMax => 765f,
        _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "not a fraction encoding"),
    };

    /// <summary>The first fraction encoding whose numerators give back every sample bit for bit; else Float32.</summary>
    public static SampleEncoding Choose(ReadOnlySpan<float> samples)
    {
        foreach (var encoding in (ReadOnlySpan<SampleEncoding>)[SampleEncoding.OverByteMax, SampleEncoding.OverRgbSumMax])
        {
            if (IsExact(samples, Denominator(encoding)))
                return encoding;
        }
        return SampleEncoding.Float32;
    }

    private static bool IsExact(ReadOnlySpan<float> samples, float denominator)
    {
        foreach (var sample in samples)
        {
            if (!(sample >= 0f && sample <= 1f))
                return false;
            var numerator = (int)MathF.Round(sample * denominator);
            if (BitConverter.SingleToInt32Bits(numerator / denominator) != BitConverter.SingleToInt32Bits(sample))
                return false;
        }
        return true;
    }
}
