using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;

namespace Denoising.Tests.Datasets;

public sealed class JpegScanCheckTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<JpegColorType> ImageSharpColourTypes =>
        [JpegColorType.Luminance, JpegColorType.YCbCrRatio420, JpegColorType.YCbCrRatio444, JpegColorType.Rgb];

    [Theory]
    [MemberData(nameof(ImageSharpColourTypes))]
    public void An_image_sharp_jpeg_passes_and_decodes_to_the_same_pixels_as_image_sharp_alone(JpegColorType colourType)
    {
        var bytes = TexturedJpeg(colourType);
        var path = _folder.PathOf("complete.jpg");
        File.WriteAllBytes(path, bytes);

        using var checkedImage = SafeImageDecoder.Default.DecodeRgb24(path);
        using var plainImage = Image.Load<Rgb24>(bytes);

        Assert.Equal(JpegScanOutcome.Complete, JpegScanCheck.Check(bytes, out _));
        Assert.Equal(Pixels(plainImage), Pixels(checkedImage));
    }

    [Theory]
    [MemberData(nameof(ImageSharpColourTypes))]
    public void An_image_sharp_jpeg_with_the_middle_of_its_scan_cut_out_is_refused_as_truncated(JpegColorType colourType)
    {
        var bytes = TexturedJpeg(colourType);
        var (start, end) = ScanData(bytes);
        var third = (end - start) / 3;
        var path = _folder.PathOf("cut.jpg");
        File.WriteAllBytes(path, [.. bytes[..(start + third)], .. bytes[(end - third)..]]);

        using (Image.Load<Rgb24>(File.ReadAllBytes(path))) { } // ImageSharp alone accepts it
        var error = Assert.Throws<ImageDecodingException>(() => SafeImageDecoder.Default.DecodeRgb24(path));

        Assert.Contains(path, error.Message);
        Assert.Contains("truncated", error.Message);
    }

    public static TheoryData<string, int, bool> FlatLayouts => new()
    {
        { "grey", 0, true },
        { "grey", 1, true },
        { "grey", 3, true },
        { "4:2:0", 0, true },
        { "4:2:0", 1, true },
        { "4:2:0", 0, false },
        { "4:4:4", 3, true },
        { "4:4:4", 0, false },
        { "grey", 2, false },
    };

    [Theory]
    [MemberData(nameof(FlatLayouts))]
    public void A_jpeg_with_restart_markers_or_one_scan_per_component_passes_and_decodes_as_written(
        string sampling, int restartInterval, bool interleaved)
    {
        var bytes = FlatBlockJpeg.Encode(37, 21, Sampling(sampling), restartInterval, interleaved);
        var path = _folder.PathOf("flat.jpg");
        File.WriteAllBytes(path, bytes);

        using var image = SafeImageDecoder.Default.DecodeRgb24(path);

        Assert.Equal(JpegScanOutcome.Complete, JpegScanCheck.Check(bytes, out _));
        for (var y = 0; y < image.Height; y++)
            for (var x = 0; x < image.Width; x++)
                Assert.InRange(image[x, y].G - (FlatBlockJpeg.LumaLevel(x / 8, y / 8) + 128), -1, 1);
    }

    // ImageSharp 2.1.13 misplaces blocks of a subsampled file with both restart markers and one scan per component
    // (libjpeg-turbo's djpeg decodes those exactly), so only the check is asked about every combination.
    [Fact]
    public void Every_sampling_restart_interval_and_scan_layout_passes_the_check()
    {
        foreach (var sampling in new[] { "grey", "4:2:0", "4:4:4" })
            foreach (var restartInterval in new[] { 0, 1, 2, 3, 7 })
                foreach (var interleaved in new[] { true, false })
                {
                    var bytes = FlatBlockJpeg.Encode(37, 21, Sampling(sampling), restartInterval, interleaved);
                    Assert.Equal(JpegScanOutcome.Complete, JpegScanCheck.Check(bytes, out _));
                }
    }

    [Theory]
    [MemberData(nameof(FlatLayouts))]
    public void A_jpeg_with_restart_markers_or_one_scan_per_component_with_its_middle_cut_out_is_refused(
        string sampling, int restartInterval, bool interleaved)
    {
        var bytes = FlatBlockJpeg.Encode(64, 48, Sampling(sampling), restartInterval, interleaved);
        var (start, end) = ScanData(bytes);
        var path = _folder.PathOf("cut.jpg");
        File.WriteAllBytes(path, [.. bytes[..(start + 10)], .. bytes[(start + 30)..end], 0xFF, 0xD9]);

        var error = Assert.Throws<ImageDecodingException>(() => SafeImageDecoder.Default.DecodeRgb24(path));

        Assert.Contains(path, error.Message);
        Assert.Contains("truncated", error.Message);
    }

    [Fact]
    public void Eight_whole_restart_intervals_missing_are_found_though_the_markers_stay_in_sequence()
    {
        var bytes = FlatBlockJpeg.Encode(64, 48, FlatBlockJpeg.Grey, restartInterval: 1);
        var afterFirstRestart = RestartMarkerEnd(bytes, 0);
        var afterNinthRestart = RestartMarkerEnd(bytes, 8);

        var outcome = JpegScanCheck.Check([.. bytes[..afterFirstRestart], .. bytes[afterNinthRestart..]], out var detail);

        Assert.Equal(JpegScanOutcome.Truncated, outcome);
        Assert.Equal("scan data ends after 40 of the 48 MCUs its frame needs: the file is truncated", detail);
    }

    [Fact]
    public void A_restart_marker_out_of_sequence_is_corrupt()
    {
        var bytes = FlatBlockJpeg.Encode(64, 48, FlatBlockJpeg.Grey, restartInterval: 1);
        bytes[RestartMarkerEnd(bytes, 2) - 1] = 0xD5;

        var outcome = JpegScanCheck.Check(bytes, out var detail);

        Assert.Equal(JpegScanOutcome.Corrupt, outcome);
        Assert.Contains("RST5 where restart marker RST2 was due after 3 of its 48 MCUs", detail);
    }

    [Fact]
    public void A_marker_other_than_restart_or_end_inside_a_scan_is_corrupt()
    {
        var bytes = FlatBlockJpeg.Encode(64, 48, FlatBlockJpeg.Grey);
        var (start, end) = ScanData(bytes);
        var middle = (start + end) / 2;
        while (bytes[middle - 1] == 0xFF)
            middle++; // not between a stuffed FF and its 00

        var outcome = JpegScanCheck.Check([.. bytes[..middle], 0xFF, 0xE1, .. bytes[middle..]], out var detail);

        Assert.Equal(JpegScanOutcome.Corrupt, outcome);
        Assert.Contains("is interrupted by marker FFE1", detail);
    }

    [Fact]
    public void A_colour_jpeg_missing_its_later_component_scans_is_truncated()
    {
        var bytes = FlatBlockJpeg.Encode(32, 32, FlatBlockJpeg.Colour444, interleaved: false);
        var endOfFirstScan = ScanData(bytes).End;

        var outcome = JpegScanCheck.Check([.. bytes[..endOfFirstScan], 0xFF, 0xD9], out var detail);

        Assert.Equal(0xDA, bytes[endOfFirstScan + 1]); // the second scan's header followed
        Assert.Equal(JpegScanOutcome.Truncated, outcome);
        Assert.Equal("data ends before the scan of component 2: the file is truncated", detail);
    }

    [Theory]
    [InlineData(0xC2)] // progressive
    [InlineData(0xC9)] // arithmetic-coded sequential
    [InlineData(0xC3)] // lossless
    public void Progressive_arithmetic_and_lossless_jpegs_are_left_to_the_decoder(byte startOfFrame)
    {
        var bytes = FlatBlockJpeg.Encode(16, 16, FlatBlockJpeg.Grey);
        bytes[bytes.AsSpan().IndexOf([(byte)0xFF, (byte)0xC0]) + 1] = startOfFrame;
        var (start, end) = ScanData(bytes);

        Assert.Equal(JpegScanOutcome.NotChecked, JpegScanCheck.Check([.. bytes[..(start + 1)], .. bytes[end..]], out _));
    }

    [Fact]
    public void Random_damage_to_small_jpegs_always_gives_a_verdict()
    {
        byte[][] originals =
        [
            TexturedJpeg(JpegColorType.YCbCrRatio420, 24, 20),
            FlatBlockJpeg.Encode(24, 20, FlatBlockJpeg.Colour420, restartInterval: 1),
            FlatBlockJpeg.Encode(24, 20, FlatBlockJpeg.Colour444, restartInterval: 2, interleaved: false),
        ];
        var random = new Random(20240610);
        var verdicts = new Dictionary<JpegScanOutcome, int>();

        for (var i = 0; i < 2000; i++)
        {
            var damaged = Damage(originals[i % originals.Length], random);
            var outcome = JpegScanCheck.Check(damaged, out var detail);
            verdicts[outcome] = verdicts.GetValueOrDefault(outcome) + 1;
            Assert.True(Enum.IsDefined(outcome));
            Assert.Equal(outcome is JpegScanOutcome.Truncated or JpegScanOutcome.Corrupt, detail.Length > 0);
        }

        Assert.True(verdicts.Count >= 3, string.Join(", ", verdicts));
    }

    // Flips, overwrites with FF or a marker, truncates, or cuts out a stretch of a copy of the bytes.
    private static byte[] Damage(byte[] original, Random random)
    {
        var bytes = (byte[])original.Clone();
        switch (random.Next(4))
        {
            case 0:
                for (var n = random.Next(1, 9); n > 0; n--)
                    bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                return bytes;
            case 1:
                bytes[random.Next(bytes.Length)] = 0xFF;
                bytes[random.Next(bytes.Length)] = (byte)random.Next(0xC0, 0x100);
                return bytes;
            case 2:
                return bytes[..random.Next(bytes.Length)];
            default:
                var from = random.Next(bytes.Length);
                var to = random.Next(from, bytes.Length);
                return [.. bytes[..from], .. bytes[to..]];
        }
    }

    private static byte[] TexturedJpeg(JpegColorType colourType, int width = 61, int height = 45)
    {
        using var image = new Image<Rgb24>(width, height);
        var random = new Random(7);
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
                image[x, y] = new Rgb24((byte)(x * 4 + random.Next(30)), (byte)(y * 5), (byte)((x ^ y) * 3));
        using var stream = new MemoryStream();
        image.SaveAsJpeg(stream, new JpegEncoder { Quality = 90, ColorType = colourType });
        return stream.ToArray();
    }

    // The entropy-coded data of the first scan: from after its header to the next marker that is not a restart.
    private static (int Start, int End) ScanData(byte[] bytes)
    {
        var header = bytes.AsSpan().IndexOf([(byte)0xFF, (byte)0xDA]);
        var start = header + 2 + (bytes[header + 2] << 8 | bytes[header + 3]);
        var end = start;
        while (!(bytes[end] == 0xFF && bytes[end + 1] is not (0x00 or >= 0xD0 and <= 0xD7)))
            end++;
        return (start, end);
    }

    // The index just after the restart marker numbered `index` (counting from 0, not modulo 8).
    private static int RestartMarkerEnd(byte[] bytes, int index)
    {
        var position = ScanData(bytes).Start;
        for (var seen = -1; seen < index; position++)
        {
            if (bytes[position] == 0xFF && bytes[position + 1] is >= 0xD0 and <= 0xD7)
                seen++;
        }

        return position + 1;
    }

    private static (int H, int V)[] Sampling(string name) => name switch
    {
        "grey" => FlatBlockJpeg.Grey,
        "4:2:0" => FlatBlockJpeg.Colour420,
        _ => FlatBlockJpeg.Colour444,
    };

    private static Rgb24[] Pixels(Image<Rgb24> image)
    {
        var pixels = new Rgb24[image.Width * image.Height];
        image.CopyPixelDataTo(pixels);
        return pixels;
    }
}
