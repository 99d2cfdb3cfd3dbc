#:package SixLabors.ImageSharp
#:property PublishAot=false
// Writes a folder of photo-sized PNGs (smooth gradients and blobs under strong pixel noise, so PNG compresses them
// little) until it holds the asked-for gigabytes. Deterministic: image i depends only on i. Files already there count
// and are kept, so an interrupted run goes on where it stopped.
//   dotnet run benchmarks/memory/generate-images.cs -- FOLDER GIGABYTES
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;

if (args.Length != 2 || !double.TryParse(args[1], System.Globalization.CultureInfo.InvariantCulture, out var gigabytes) || gigabytes <= 0)
{
    Console.Error.WriteLine("usage: generate-images.cs FOLDER GIGABYTES");
    return 2;
}
var folder = Directory.CreateDirectory(args[0]).FullName;
var target = (long)(gigabytes * 1e9);
(int Width, int Height)[] sizes = [(2000, 1500), (1500, 2000), (1600, 1200), (2048, 1365)];
var encoder = new PngEncoder { ColorType = PngColorType.Rgb, BitDepth = PngBitDepth.Bit8, CompressionLevel = PngCompressionLevel.BestSpeed };
long written = 0;
var next = -1;
var clock = System.Diagnostics.Stopwatch.StartNew();
Parallel.For(0, Environment.ProcessorCount, _ =>
{
    while (Interlocked.Read(ref written) < target)
    {
        var index = Interlocked.Increment(ref next);
        var path = Path.Combine(folder, $"image-{index:D6}.png");
        if (!File.Exists(path))
        {
            var (width, height) = sizes[index % sizes.Length];
            using var image = Draw(index, width, height);
            var partial = path + ".partial";
            image.SaveAsPng(partial, encoder);
            File.Move(partial, path, overwrite: true);
        }
        var total = Interlocked.Add(ref written, new FileInfo(path).Length);
        if (index % 100 == 0)
            Console.WriteLine($"{index + 1} images, {total / 1e9:F1} GB, {clock.Elapsed.TotalSeconds:F0} s");
    }
});
Console.WriteLine($"{folder}: {next + 1} images, {written / 1e9:F2} GB");
return 0;

static Image<Rgb24> Draw(int index, int width, int height)
{
    var random = new Random(index);
    var image = new Image<Rgb24>(width, height);
    var (gx, gy) = (random.NextDouble() * 2 - 1, random.NextDouble() * 2 - 1);
    var tint = new[] { random.NextDouble(), random.NextDouble(), random.NextDouble() };
    var (cx, cy, radius) = (random.Next(width), random.Next(height), 100 + random.Next(Math.Min(width, height) / 2));
    var noise = new byte[width * 3];
    image.ProcessPixelRows(rows =>
    {
        for (var y = 0; y < height; y++)
        {
            var row = rows.GetRowSpan(y);
            random.NextBytes(noise);
            for (var x = 0; x < width; x++)
            {
                var ramp = 0.5 + 0.35 * (gx * x / width + gy * y / height);
                var inBlob = (x - cx) * (x - cx) + (y - cy) * (y - cy) < radius * radius ? 0.25 : 0.0;
                byte Channel(int c) => (byte)Math.Clamp(255 * (ramp * (0.6 + 0.4 * tint[c]) + inBlob) + (noise[3 * x + c] - 128) * 0.4, 0, 255);
                row[x] = new Rgb24(Channel(0), Channel(1), Channel(2));
            }
        }
    });
    return image;
}
