using System.IO.Compression;
using Denoising.Abstractions;
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
        using var file = OpenChecked(path);
        var gzip = IsGzip(file);
        using Stream data = gzip ? new GZipStream(file, CompressionMode.Decompress) : file;
        var header = ReadHeader(data, path);
        if (!gzip)
            RequireLength(path, file.Length, header);
        var count = limit > 0 ? Math.Min(limit, header.Count) : header.Count;
        return ReadImages(data, header, count, path, cancellationToken);
    }

    /// <summary>
    /// The first <paramref name="limit"/> images (all when 0) read one at a time: a raw file is read at each image's
    /// offset when asked for; a gzip file is decompressed once and its bytes (8-bit pixels) kept.
    /// </summary>
    public static IImageSource Open(string path, int limit, CancellationToken cancellationToken)
    {
        using var file = OpenChecked(path);
        if (IsGzip(file))
        {
            using var data = new GZipStream(file, CompressionMode.Decompress);
            var header = ReadHeader(data, path);
            var count = limit > 0 ? Math.Min(limit, header.Count) : header.Count;
            var pixels = new byte[count * header.ImageBytes];
            if (Fill(data, pixels, path) < pixels.Length)
                throw new InvalidDataException(
                    $"Cannot read '{path}': the data ends before the {count} images of {header.Rows}x{header.Columns} its header announces; the file is truncated.");
            return new IdxImageSource(header, count, index => pixels.AsSpan((int)(index * header.ImageBytes), (int)header.ImageBytes).ToArray());
        }
        var rawHeader = ReadHeader(file, path);
        RequireLength(path, file.Length, rawHeader);
        var rawCount = limit > 0 ? Math.Min(limit, rawHeader.Count) : rawHeader.Count;
        return new IdxImageSource(rawHeader, rawCount, index =>
        {
            var buffer = new byte[rawHeader.ImageBytes];
            using var handle = File.OpenHandle(path);
            RandomAccess.Read(handle, buffer, IdxHeader.Size + index * rawHeader.ImageBytes);
            return buffer;
        });
    }

    /// <summary>Pixels of one image as [0, 1] floats.</summary>
    internal static Image ToImage(string id, IdxHeader header, byte[] bytes)
    {
        var pixels = new float[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
            pixels[i] = bytes[i] / ByteMax;
        return new Image(id, 1, header.Rows, header.Columns, pixels);
    }

    private static FileStream OpenChecked(string path) =>
        File.Exists(path) ? File.OpenRead(path) : throw new FileNotFoundException($"IDX file '{path}' does not exist.", path);

    private static IdxHeader ReadHeader(Stream data, string path)
    {
        var headerBytes = new byte[IdxHeader.Size];
        var headerLength = Fill(data, headerBytes, path);
        var header = IdxHeader.Parse(headerBytes.AsSpan(0, headerLength), path, ImageDecodingLimits.Default.MaxSide);
        if ((long)header.Rows * header.Columns > ImageDecodingLimits.Default.MaxPixels)
            throw new InvalidDataException(
                $"Cannot read '{path}': its header says images of {header.Rows}x{header.Columns}, more than the limit of " +
                $"{ImageDecodingLimits.Default.MaxPixels} pixels per image.");
        return header;
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
            images.Add(ToImage(SequentialIds.Format(index, header.Count), header, buffer));
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
