using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Denoising.Abstractions;
using Denoising.Common;

namespace Denoising.Host.Running.Caching;

/// <summary>
/// A dataset's decoded images in one binary file, little-endian: the magic <c>DNIMAGES</c>, the format version (int32),
/// the dataset's 32-byte key (<see cref="DatasetFingerprint"/>), the image count (int32), then per image its id (uint16
/// byte count, UTF-8), <see cref="SampleEncoding"/> (byte), channels, height and width (int32 each) and its samples;
/// last the SHA-256 of everything before it. Written atomically (<see cref="AtomicFile"/>); the file is untrusted when
/// read: its size is bounded before it is read, its checksum and key are checked before anything is parsed, and every
/// length is checked against the bytes left before anything is allocated.
/// </summary>
public static class DecodedImagesFile
{
    public const int FormatVersion = 1;

    /// <summary>Largest cache file read or written, and most bytes its images may take as floats: it is read whole into memory.</summary>
    public const long MaxBytes = 1L << 30;

    private static ReadOnlySpan<byte> Magic => "DNIMAGES"u8;
    private const int KeyBytes = 32;
    private const int ChecksumBytes = 32;
    private const int HeaderBytes = 8 + 4 + KeyBytes + 4;

    /// <summary>Bytes the file of <paramref name="images"/> takes at most (floats), to decide before writing.</summary>
    public static long SizeBound(IEnumerable<Image> images) =>
        HeaderBytes + ChecksumBytes + images.Sum(image => 2L + Encoding.UTF8.GetMaxByteCount(image.Id.Length) + 13 + 4L * image.Pixels.Length);

    public static void Write(string path, ReadOnlySpan<byte> key, IReadOnlyList<Image> images)
    {
        if (key.Length != KeyBytes)
            throw new ArgumentException($"the key has {key.Length} bytes; {KeyBytes} expected", nameof(key));
        var keyCopy = key.ToArray();
        AtomicFile.Write(path, stream =>
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            void Put(ReadOnlySpan<byte> bytes)
            {
                hash.AppendData(bytes);
                stream.Write(bytes);
            }
            Span<byte> number = stackalloc byte[4];
            Put(Magic);
            BinaryPrimitives.WriteInt32LittleEndian(number, FormatVersion);
            Put(number);
            Put(keyCopy);
            BinaryPrimitives.WriteInt32LittleEndian(number, images.Count);
            Put(number);
            foreach (var image in images)
                Put(Record(image));
            stream.Write(hash.GetHashAndReset());
        });
    }

    /// <summary>
    /// The images of the file, or null when it is missing (then <paramref name="problem"/> is null too) or, with the
    /// reason in <paramref name="problem"/>, unreadable, of another key, truncated or corrupt.
    /// </summary>
    public static IReadOnlyList<Image>? TryRead(string path, ReadOnlySpan<byte> key, out string? problem)
    {
        byte[] bytes;
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (file.Length is < HeaderBytes + ChecksumBytes or > MaxBytes)
            {
                problem = $"its size ({file.Length} bytes) cannot be that of a cache file";
                return null;
            }
            bytes = new byte[file.Length];
            file.ReadExactly(bytes);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            problem = null;
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = e.Message;
            return null;
        }
        var body = bytes.AsSpan(0, bytes.Length - ChecksumBytes);
        if (!SHA256.HashData(body).AsSpan().SequenceEqual(bytes.AsSpan(body.Length)))
        {
            problem = "its checksum does not match (truncated or corrupt)";
            return null;
        }
        try
        {
            return Parse(body, key, out problem);
        }
        catch (Exception e) when (e is ArgumentException or DecoderFallbackException)
        {
            problem = $"it does not hold valid images ({e.Message})";
            return null;
        }
    }

    private static byte[] Record(Image image)
    {
        var id = Encoding.UTF8.GetBytes(image.Id);
        if (id.Length > ushort.MaxValue)
            throw new ArgumentException($"image id '{image.Id[..40]}...' is too long to cache");
        var encoding = SampleEncodings.Choose(image.Pixels);
        var record = new byte[2 + id.Length + 13 + SampleEncodings.BytesPerSample(encoding) * image.Pixels.Length];
        var span = record.AsSpan();
        BinaryPrimitives.WriteUInt16LittleEndian(span, (ushort)id.Length);
        id.CopyTo(span[2..]);
        span = span[(2 + id.Length)..];
        span[0] = (byte)encoding;
        BinaryPrimitives.WriteInt32LittleEndian(span[1..], image.Channels);
        BinaryPrimitives.WriteInt32LittleEndian(span[5..], image.Height);
        BinaryPrimitives.WriteInt32LittleEndian(span[9..], image.Width);
        span = span[13..];
        for (var i = 0; i < image.Pixels.Length; i++)
        {
            var sample = image.Pixels[i];
            switch (encoding)
            {
                case SampleEncoding.OverByteMax:
                    span[i] = (byte)MathF.Round(sample * 255f);
                    break;
                case SampleEncoding.OverRgbSumMax:
                    BinaryPrimitives.WriteUInt16LittleEndian(span[(2 * i)..], (ushort)MathF.Round(sample * 765f));
                    break;
                default:
                    BinaryPrimitives.WriteSingleLittleEndian(span[(4 * i)..], sample);
                    break;
            }
        }
        return record;
    }

    private static List<Image>? Parse(ReadOnlySpan<byte> body, ReadOnlySpan<byte> key, out string? problem)
    {
        problem = null;
        if (!body.StartsWith(Magic))
            return Fail("it does not start with the cache file's magic", out problem);
        var version = BinaryPrimitives.ReadInt32LittleEndian(body[8..]);
        if (version != FormatVersion)
            return Fail($"it has format version {version}, not {FormatVersion}", out problem);
        if (!body.Slice(12, KeyBytes).SequenceEqual(key))
            return Fail("it was written for other dataset settings or files", out problem);
        var count = BinaryPrimitives.ReadInt32LittleEndian(body[(12 + KeyBytes)..]);
        var rest = body[HeaderBytes..];
        // Every record takes at least 16 bytes: the count cannot promise more images than the bytes can hold.
        if (count < 0 || count > rest.Length / 16)
            return Fail($"it promises {count} images in {rest.Length} bytes", out problem);
        var images = new List<Image>(count);
        long floatBytes = 0;
        for (var n = 0; n < count; n++)
        {
            if (rest.Length < 2)
                return Fail("it ends inside an image", out problem);
            var idLength = BinaryPrimitives.ReadUInt16LittleEndian(rest);
            if (rest.Length < 2 + idLength + 13)
                return Fail("it ends inside an image", out problem);
            var id = Encoding.UTF8.GetString(rest.Slice(2, idLength));
            rest = rest[(2 + idLength)..];
            var encoding = (SampleEncoding)rest[0];
            if (!Enum.IsDefined(encoding))
                return Fail($"image {n} has an unknown sample encoding {rest[0]}", out problem);
            int channels = BinaryPrimitives.ReadInt32LittleEndian(rest[1..]), height = BinaryPrimitives.ReadInt32LittleEndian(rest[5..]), width = BinaryPrimitives.ReadInt32LittleEndian(rest[9..]);
            rest = rest[13..];
            var size = SampleEncodings.BytesPerSample(encoding);
            var samples = (long)channels * height * width;
            if (channels < 1 || height < 1 || width < 1 || samples > rest.Length / size)
                return Fail($"image {n} claims {channels}x{height}x{width} samples that the file does not hold", out problem);
            // 8-bit samples become 4-byte floats: the floats are bounded as the writer bounds them.
            floatBytes += 4 * samples;
            if (floatBytes > MaxBytes)
                return Fail($"its images take more than {MaxBytes >> 20} MiB as floats", out problem);
            var pixels = new float[samples];
            for (var i = 0; i < pixels.Length; i++)
            {
                pixels[i] = encoding switch
                {
                    SampleEncoding.OverByteMax => rest[i] / 255f,
                    SampleEncoding.OverRgbSumMax => BinaryPrimitives.ReadUInt16LittleEndian(rest[(2 * i)..]) / 765f,
                    _ => BinaryPrimitives.ReadSingleLittleEndian(rest[(4 * i)..]),
                };
            }
            rest = rest[(int)(samples * size)..];
            images.Add(new Image(id, channels, height, width, pixels));
        }
        return rest.IsEmpty ? images : Fail($"{rest.Length} bytes follow the last image", out problem);
    }

    private static List<Image>? Fail(string reason, out string? problem)
    {
        problem = reason;
        return null;
    }
}
