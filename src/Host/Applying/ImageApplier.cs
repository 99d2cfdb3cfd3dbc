using System.Diagnostics;
using Denoising.Abstractions;
using Microsoft.Extensions.Logging;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Advanced;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;
using Image = Denoising.Abstractions.Image;

namespace Denoising.Host.Applying;

/// <summary>How <see cref="ImageApplier"/> reads, tiles and writes.</summary>
/// <param name="TileSize">Side of a tile given to the denoiser at once.</param>
/// <param name="TileOverlap">Pixels of context on each side of a tile's kept core.</param>
/// <param name="JpegQuality">Quality of JPEG outputs (1 to 100).</param>
public sealed record ApplySettings(int TileSize = 512, int TileOverlap = 32, int JpegQuality = 95);

/// <summary>
/// Denoises image files with a denoiser: each file is decoded within the dataset limits, turned upright by its EXIF
/// orientation, denoised tile by tile (<see cref="ImageTiles"/>) and written atomically in the same format, size,
/// colour type and bit depth, with the orientation tag reset (the pixels are upright now). Alpha is kept as it was.
/// </summary>
public sealed class ImageApplier(IDenoiser denoiser, int channels, ApplySettings settings, ILogger logger)
{
    private const float Max16 = ushort.MaxValue;

    /// <summary>Channels of <paramref name="path"/> from its header, for checking all inputs before any is written.</summary>
    public static int ChannelsOf(string path)
    {
        var info = SafeImageDecoder.Default.Identify(path, out var format);
        return ImageFormats.ChannelsOf(format, info.Metadata);
    }

    /// <returns>The image's pixels (width x height) and the time the denoiser itself took, for throughput figures.</returns>
    public AppliedImage Apply(string inputPath, string outputPath, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        IImageFormat format;
        Image<Rgba64> source;
        using (var decoded = SafeImageDecoder.Default.Decode(inputPath, out format))
        {
            decoded.Mutate(x => x.AutoOrient());
            source = decoded.CloneAs<Rgba64>();
        }
        using (source)
        {
            var imageChannels = ImageFormats.ChannelsOf(format, source.Metadata);
            if (imageChannels != channels)
                throw new ArgumentException(ChannelMismatch(inputPath, imageChannels, channels));
            using var output = source.Clone();
            var tiles = ImageTiles.Layout(source.Width, source.Height, settings.TileSize, settings.TileOverlap);
            var denoising = TimeSpan.Zero;
            foreach (var tile in tiles)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var noisy = Read(source, tile.Context);
                var started = Stopwatch.GetTimestamp();
                var denoised = denoiser.Denoise([noisy], cancellationToken).Single();
                denoising += Stopwatch.GetElapsedTime(started);
                if (!denoised.SameShapeAs(noisy))
                    throw new InvalidOperationException($"the denoiser returned {denoised} for a tile of {noisy}");
                Write(denoised, tile, output);
            }
            var encoder = ImageFormats.EncoderFor(format, source.Metadata, settings.JpegQuality);
            AtomicFile.Write(outputPath, stream => output.Save(stream, encoder));
            logger.LogInformation("{Input}: {Width}x{Height}, {Tiles} tile(s), {Seconds:F1} s -> {Output}",
                Path.GetFileName(inputPath), source.Width, source.Height, tiles.Count, clock.Elapsed.TotalSeconds, outputPath);
            return new AppliedImage((long)source.Width * source.Height, denoising);
        }
    }

    public static string ChannelMismatch(string path, int imageChannels, int modelChannels) =>
        $"'{path}' is {Describe(imageChannels)}; the model takes {Describe(modelChannels)} images.";

    private static string Describe(int channels) => channels == 1 ? "grey (1 channel)" : $"colour ({channels} channels)";

    /// <summary>The tile's pixels as planar [0, 1] floats: one grey plane (R of the equal R, G, B) or R, G, B.</summary>
    private Image Read(Image<Rgba64> source, Rectangle area)
    {
        var plane = area.Width * area.Height;
        var pixels = new float[channels * plane];
        for (var y = 0; y < area.Height; y++)
        {
            var row = source.DangerousGetPixelRowMemory(area.Y + y).Span.Slice(area.X, area.Width);
            var offset = y * area.Width;
            for (var x = 0; x < area.Width; x++)
            {
                var p = row[x];
                pixels[offset + x] = p.R / Max16;
                if (channels == 3)
                {
                    pixels[plane + offset + x] = p.G / Max16;
                    pixels[2 * plane + offset + x] = p.B / Max16;
                }
            }
        }
        return new Image("tile", channels, area.Height, area.Width, pixels);
    }

    /// <summary>Writes the tile's core from the denoised context into <paramref name="output"/>, keeping alpha.</summary>
    private void Write(Image denoised, Tile tile, Image<Rgba64> output)
    {
        var plane = denoised.Height * denoised.Width;
        var (dx, dy) = (tile.Core.X - tile.Context.X, tile.Core.Y - tile.Context.Y);
        for (var y = 0; y < tile.Core.Height; y++)
        {
            var row = output.DangerousGetPixelRowMemory(tile.Core.Y + y).Span.Slice(tile.Core.X, tile.Core.Width);
            var offset = (dy + y) * denoised.Width + dx;
            for (var x = 0; x < tile.Core.Width; x++)
            {
                var r = To16(denoised.Pixels[offset + x]);
                var (g, b) = channels == 3
                    ? (To16(denoised.Pixels[plane + offset + x]), To16(denoised.Pixels[2 * plane + offset + x]))
                    : (r, r);
                row[x] = new Rgba64(r, g, b, row[x].A);
            }
        }
    }

    private static ushort To16(float value) => (ushort)MathF.Round(Math.Clamp(value, 0f, 1f) * Max16);
}

/// <summary>What one applied image counts towards throughput: its pixels and the denoiser's time on them.</summary>
public sealed record AppliedImage(long Pixels, TimeSpan Denoising);
