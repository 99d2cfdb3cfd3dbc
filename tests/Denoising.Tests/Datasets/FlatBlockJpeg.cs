namespace Denoising.Tests.Datasets;

/// <summary>
/// Writes baseline JPEGs whose 8x8 blocks are flat (DC only) with a chosen sampling, restart interval and scan
/// layout: ImageSharp's encoder writes neither restart markers nor one scan per component. With a DC quantiser of 8
/// a block of DC coefficient c decodes to the level c + 128 (and chroma 0 gives grey RGB), so a decoder can confirm
/// that what this writes is a valid JPEG.
/// </summary>
internal static class FlatBlockJpeg
{
    public static readonly (int H, int V)[] Grey = [(1, 1)];
    public static readonly (int H, int V)[] Colour420 = [(2, 2), (1, 1), (1, 1)];
    public static readonly (int H, int V)[] Colour444 = [(1, 1), (1, 1), (1, 1)];

    // ITU T.81 Table K.3 (luminance DC, categories 0-11), and an AC table holding only end-of-block.
    private static readonly byte[] DcCounts = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0];
    private static readonly byte[] DcSymbols = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    private static readonly byte[] AcCounts = [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    private static readonly byte[] AcSymbols = [0];
    private const int EndOfBlock = 0;
    private const byte Quantiser = 8;

    /// <summary>The level (-128 to 127, before the +128 shift) of luma block (x, y) in <see cref="Encode"/>'s images.</summary>
    public static int LumaLevel(int blockX, int blockY) => (blockX * 37 + blockY * 91) % 200 - 100;

    public static byte[] Encode(int width, int height, (int H, int V)[] sampling, int restartInterval = 0, bool interleaved = true)
    {
        var output = new List<byte> { 0xFF, 0xD8 };
        Segment(output, 0xDB, [0, .. Enumerable.Repeat(Quantiser, 64)]);
        List<byte> frame = [8, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, (byte)sampling.Length];
        for (var c = 0; c < sampling.Length; c++)
            frame.AddRange([(byte)(c + 1), (byte)(sampling[c].H << 4 | sampling[c].V), 0]);
        Segment(output, 0xC0, [.. frame]);
        Segment(output, 0xC4, [0x00, .. DcCounts, .. DcSymbols, 0x10, .. AcCounts, .. AcSymbols]);
        if (restartInterval > 0)
            Segment(output, 0xDD, [(byte)(restartInterval >> 8), (byte)restartInterval]);

        var maxH = sampling.Max(s => s.H);
        var maxV = sampling.Max(s => s.V);
        var scans = interleaved ? [Enumerable.Range(0, sampling.Length).ToArray()] : Enumerable.Range(0, sampling.Length).Select(c => new[] { c }).ToArray();
        foreach (var scan in scans)
        {
            Segment(output, 0xDA, [(byte)scan.Length, .. scan.SelectMany(c => new[] { (byte)(c + 1), (byte)0 }), 0, 63, 0]);
            // An interleaved MCU holds H x V blocks of each component; a single-component scan's MCU is one block.
            var mcus = new List<(int Component, int X, int Y)[]>();
            if (scan.Length > 1)
            {
                for (var my = 0; my < CeilDiv(height, 8 * maxV); my++)
                    for (var mx = 0; mx < CeilDiv(width, 8 * maxH); mx++)
                        mcus.Add([.. scan.SelectMany(c => BlocksOf(sampling[c], c, mx, my))]);
            }
            else
            {
                var (h, v) = sampling[scan[0]];
                for (var y = 0; y < CeilDiv(CeilDiv(height * v, maxV), 8); y++)
                    for (var x = 0; x < CeilDiv(CeilDiv(width * h, maxH), 8); x++)
                        mcus.Add([(scan[0], x, y)]);
            }

            WriteScan(output, mcus, restartInterval, sampling.Length);
        }

        output.AddRange([0xFF, 0xD9]);
        return [.. output];
    }

    private static IEnumerable<(int Component, int X, int Y)> BlocksOf((int H, int V) sampling, int component, int mcuX, int mcuY)
    {
        for (var v = 0; v < sampling.V; v++)
            for (var h = 0; h < sampling.H; h++)
                yield return (component, mcuX * sampling.H + h, mcuY * sampling.V + v);
    }

    private static void WriteScan(List<byte> output, List<(int Component, int X, int Y)[]> mcus, int restartInterval, int components)
    {
        var dcCodes = CanonicalCodes(DcCounts, DcSymbols);
        var acCodes = CanonicalCodes(AcCounts, AcSymbols);
        var bits = new BitWriter(output);
        var predictions = new int[components];
        for (var i = 0; i < mcus.Count; i++)
        {
            if (restartInterval > 0 && i > 0 && i % restartInterval == 0)
            {
                bits.PadToByte();
                output.AddRange([0xFF, (byte)(0xD0 + (i / restartInterval - 1) % 8)]);
                Array.Clear(predictions);
            }

            foreach (var (component, x, y) in mcus[i])
            {
                var level = component == 0 ? LumaLevel(x, y) : 0;
                var difference = level - predictions[component];
                predictions[component] = level;
                var category = difference == 0 ? 0 : 32 - int.LeadingZeroCount(Math.Abs(difference));
                bits.Write(dcCodes[category]);
                bits.Write((difference >= 0 ? difference : difference + (1 << category) - 1, category));
                bits.Write(acCodes[EndOfBlock]);
            }
        }

        bits.PadToByte();
    }

    private static Dictionary<int, (int Code, int Length)> CanonicalCodes(byte[] counts, byte[] symbols)
    {
        var codes = new Dictionary<int, (int, int)>();
        int code = 0, index = 0;
        for (var length = 1; length <= 16; length++, code <<= 1)
            for (var i = 0; i < counts[length - 1]; i++)
                codes[symbols[index++]] = (code++, length);
        return codes;
    }

    private static void Segment(List<byte> output, byte marker, byte[] payload)
    {
        output.AddRange([0xFF, marker, (byte)((payload.Length + 2) >> 8), (byte)(payload.Length + 2)]);
        output.AddRange(payload);
    }

    private static int CeilDiv(int value, int divisor) => (value + divisor - 1) / divisor;

    /// <summary>Packs bits most significant first, stuffing a 00 after each FF byte.</summary>
    private sealed class BitWriter(List<byte> output)
    {
        private int _pending;
        private int _count;

        public void Write((int Value, int Length) bits)
        {
            for (var i = bits.Length - 1; i >= 0; i--)
            {
                _pending = _pending << 1 | (bits.Value >> i) & 1;
                if (++_count < 8)
                    continue;
                output.Add((byte)_pending);
                if (_pending == 0xFF)
                    output.Add(0);
                _pending = _count = 0;
            }
        }

        public void PadToByte()
        {
            while (_count != 0)
                Write((1, 1));
        }
    }
}
