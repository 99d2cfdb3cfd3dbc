namespace Denoising.Plugins.Noise.Sampling;

/// <summary>ln(k!): a table for small k, Stirling's series (error below 1e-10) beyond it.</summary>
internal static class LogFactorial
{
    private const int TableSize = 16;
    private static readonly double[] Table = BuildTable();

    public static double Of(long k)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        if (k < TableSize)
            return Table[k];

        var x = k + 1.0;
        var inverse = 1.0 / x;
        var inverseSquared = inverse * inverse;
        var series = inverse * (1.0 / 12.0 - inverseSquared * (1.0 / 360.0 - inverseSquared / 1260.0));
        return (x - 0.5) * Math.Log(x) - x + 0.5 * Math.Log(2.0 * Math.PI) + series;
    }

    private static double[] BuildTable()
    {
        var table = new double[TableSize];
        for (var k = 1; k < TableSize; k++)
            table[k] = table[k - 1] + Math.Log(k);
        return table;
    }
}
