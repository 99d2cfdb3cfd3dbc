using System.IO.Compression;
using Image = Denoising.Abstractions.Image;

namespace Denoising.Plugins.Datasets.Idx;

/// <summary>Reads the images of an IDX file (raw, or gzip-compressed as detected by its magic bytes) as [0, 1] floats.</summary>
public static class IdxImageReader
{
    private const float ByteMax = 255f;

    /// <summary>Reads the first <paramref name="limit"/> images (all when 0), ids <c>00000</c>, <c>00001</c>, ...</summary>
    /// <exception cref="InvalidDataException">The file is not an IDX image file, is corrupt or is truncated.</exception>
    public static IReadOnlyList<Image> Read(string path, int limit, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"IDX file '{path}' does not exist.", path);

        using var file = File.OpenRead(path);
        var gzip = IsGzip(file);
        using Stream data = gzip ? new GZipStream(file, CompressionMode.Decompress) : file;
        var headerBytes = new byte[IdxHeader.Size];
        var headerLength = Fill(data, headerBytes, path);
        var header = IdxHeader.Parse(headerBytes.AsSpan(0, headerLength), path, ImageDecodingLimits.Default.MaxSide);
        if ((long)header.Rows * header.Columns > ImageDecodingLimits.Default.MaxPixels)
            throw new InvalidDataException(
                $"Cannot read '{path}': its header says images of {header.Rows}x{header.Columns}, more than the limit of " +
                $"{ImageDecodingLimits.Default.MaxPixels} pixels per image.");
        if (!gzip)
            RequireLength(path, file.Length, header);
        var count = limit > 0 ? Math.Min(limit, header.Count) : header.Count;
        return ReadImages(data, header, count, path, cancellationToken);
    }

    private static List<Image> ReadImages(
        Stream data, IdxHeader header, int count, string path, CancellationToken cancellationToken)
    {
        var buffer = new byte[header.ImageBytes];
        var images = new List<Image>(count);
        for (var index = 0; index < count; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Fill(data, buffer, path) < buffer.Length)
                throw new InvalidDataException(
                    $"Cannot read '{path}': the data ends inside image {index} of the {header.Count} " +
                    $"({header.Rows}x{header.Columns}) its header announces; the file is truncated.");
            var pixels = new float[buffer.Length];
            for (var i = 0; i < buffer.Length; i++)
                pixels[i] = buffer[i] / ByteMax;
            images.Add(new Image(SequentialIds.Format(index, header.Count), 1, header.Rows, header.Columns, pixels));
        }

        return images;
    }

    private static void RequireLength(string path, long length, IdxHeader header)
    {
        var expected = IdxHeader.Size + header.Count * header.ImageBytes;
        if (length < expected)
            throw new InvalidDataException(
                $"Cannot read '{path}': it has {length} bytes but its header announces {header.Count} images of " +
                $"{header.Rows}x{header.Columns}, {expected} bytes; the file is truncated.");
    }

    private static bool IsGzip(FileStream file)
    {
        Span<byte> magic = stackalloc byte[2];
        var read = file.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        file.Position = 0;
        return read == 2 && magic[0] == 0x1F && magic[1] == 0x8B;
    }

    /// <summary>Reads until <paramref name="buffer"/> is full or the data ends; returns the bytes read.</summary>
    private static int Fill(Stream data, byte[] buffer, string path)
    {
        try
        {
            return data.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        }
        catch (InvalidDataException e) // only the gzip stream throws it here
        {
            throw new InvalidDataException($"Cannot read '{path}': corrupt gzip data ({e.Message}).", e);
        }
    }
}
