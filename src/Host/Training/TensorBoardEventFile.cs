using System.Buffers.Binary;
using Google.Protobuf;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using Tensorboard;
using TorchSharp.Utils;
using DenoisingImage = Denoising.Abstractions.Image;

namespace Denoising.Host.Training;

/// <summary>
/// One TensorBoard event file (<c>events.out.tfevents.*</c>): TFRecord framing of <c>Event</c> protocol buffers, the
/// generated classes and CRC32C TorchSharp ships. TorchSharp's own SummaryWriter is not used: it draws images with
/// SkiaSharp, whose native library TorchSharp does not bring on Linux, and reopens the file for every event; images are
/// encoded with ImageSharp here instead.
/// </summary>
public sealed class TensorBoardEventFile : IDisposable
{
    private readonly FileStream _stream;

    /// <summary>Starts a new event file in <paramref name="directory"/>; earlier files there are kept (TensorBoard reads them all).</summary>
    public TensorBoardEventFile(string directory)
    {
        Directory.CreateDirectory(directory);
        var now = DateTimeOffset.UtcNow;
        Path = System.IO.Path.Combine(directory,
            $"events.out.tfevents.{now.ToUnixTimeSeconds()}.{Environment.MachineName}.{Environment.ProcessId}.{now.Ticks}");
        _stream = new FileStream(Path, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
        Write(new Event { WallTime = WallTime(now), FileVersion = "brain.Event:2" });
    }

    public string Path { get; }

    public void AddScalar(string tag, double value, long step, DateTimeOffset time) =>
        Add(step, time, new Summary.Types.Value { Tag = tag, SimpleValue = (float)value });

    /// <summary>Adds an image (grey or RGB, values in [0, 1]) as PNG.</summary>
    public void AddImage(string tag, DenoisingImage image, long step, DateTimeOffset time) =>
        Add(step, time, new Summary.Types.Value
        {
            Tag = tag,
            Image = new Summary.Types.Image
            {
                Height = image.Height,
                Width = image.Width,
                Colorspace = 3, // RGB
                EncodedImageString = ByteString.CopyFrom(Png(image)),
            },
        });

    /// <summary>Makes what was added visible to a TensorBoard reading the file now.</summary>
    public void Flush() => _stream.Flush();

    public void Dispose() => _stream.Dispose();

    private void Add(long step, DateTimeOffset time, Summary.Types.Value value)
    {
        var summary = new Summary();
        summary.Value.Add(value);
        Write(new Event { WallTime = WallTime(time), Step = step, Summary = summary });
    }

    /// <summary>A TFRecord: length, masked CRC32C of the length, data, masked CRC32C of the data (little-endian).</summary>
    private void Write(Event message)
    {
        var data = message.ToByteArray();
        Span<byte> length = stackalloc byte[sizeof(ulong)];
        BinaryPrimitives.WriteUInt64LittleEndian(length, (ulong)data.Length);
        Span<byte> crc = stackalloc byte[sizeof(uint)];
        _stream.Write(length);
        BinaryPrimitives.WriteUInt32LittleEndian(crc, MaskedCrc(length.ToArray()));
        _stream.Write(crc);
        _stream.Write(data);
        BinaryPrimitives.WriteUInt32LittleEndian(crc, MaskedCrc(data));
        _stream.Write(crc);
    }

    private static uint MaskedCrc(byte[] data)
    {
        var value = CRC32C.process(data);
        return ((value >> 15) | (value << 17)) + 0xa282ead8U;
    }

    private static double WallTime(DateTimeOffset time) => time.ToUnixTimeMilliseconds() / 1000.0;

    private static byte[] Png(DenoisingImage image)
    {
        var plane = image.Height * image.Width;
        var (green, blue) = image.Channels >= 3 ? (plane, 2 * plane) : (0, 0);
        using var rgb = new Image<Rgb24>(image.Width, image.Height);
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                var source = y * image.Width + x;
                rgb[x, y] = new Rgb24(Byte(image.Pixels[source]), Byte(image.Pixels[green + source]), Byte(image.Pixels[blue + source]));
            }
        }
        using var png = new MemoryStream();
        rgb.SaveAsPng(png);
        return png.ToArray();
    }

    private static byte Byte(float value) =>
        float.IsNaN(value) ? (byte)0 : (byte)MathF.Round(Math.Clamp(value, 0f, 1f) * 255f);
}
