using Denoising.Abstractions;
using Denoising.Host.Applying;
using Denoising.Host.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace Denoising.Tests.Host;

public sealed class ApplyTests(TrainedRun run) : IClassFixture<TrainedRun>, IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void Tiled_output_equals_the_whole_image_output_for_a_conv_model()
    {
        var input = WriteGrey16Png("photo.png", 150, 130);
        using var model = LoadModel();

        Apply(model, new ApplySettings(TileSize: 512), input, _temp.PathOf("whole/photo.png"));
        Apply(model, new ApplySettings(TileSize: 96, TileOverlap: 32), input, _temp.PathOf("tiled/photo.png"));

        using var whole = SixLabors.ImageSharp.Image.Load<L16>(_temp.PathOf("whole/photo.png"));
        using var tiled = SixLabors.ImageSharp.Image.Load<L16>(_temp.PathOf("tiled/photo.png"));
        var largest = 0;
        for (var y = 0; y < whole.Height; y++)
            for (var x = 0; x < whole.Width; x++)
                largest = Math.Max(largest, Math.Abs(whole[x, y].PackedValue - tiled[x, y].PackedValue));
        Assert.True(largest <= 1, $"tiled and whole outputs differ by {largest} / 65535"); // float rounding only
        Assert.Equal(25, ImageTiles.Layout(150, 130, 96, 32).Count); // cores of 32 pixels
    }

    [Fact]
    public void Output_keeps_format_size_colour_type_and_16_bit_depth()
    {
        var input = WriteGrey16Png("deep.png", 40, 30);
        using var model = LoadModel();

        Apply(model, new ApplySettings(), input, _temp.PathOf("out/deep.png"));

        var info = SixLabors.ImageSharp.Image.Identify(_temp.PathOf("out/deep.png"), out var format);
        Assert.IsType<PngFormat>(format);
        Assert.Equal((40, 30), (info.Width, info.Height));
        Assert.Equal(PngBitDepth.Bit16, info.Metadata.GetPngMetadata().BitDepth);
        Assert.Equal(PngColorType.Grayscale, info.Metadata.GetPngMetadata().ColorType);
    }

    [Fact]
    public void Exif_orientation_is_applied_so_the_output_is_upright_and_tagged_upright()
    {
        var input = _temp.PathOf("turned.jpg");
        using (var stored = new Image<L8>(40, 20, new L8(128)))
        {
            stored.Metadata.ExifProfile = new ExifProfile();
            stored.Metadata.ExifProfile.SetValue(ExifTag.Orientation, (ushort)6); // rotate 90 degrees to display
            stored.SaveAsJpeg(input, new JpegEncoder { ColorType = JpegColorType.Luminance });
        }
        using var model = LoadModel();

        Apply(model, new ApplySettings(JpegQuality: 90), input, _temp.PathOf("out/turned.jpg"));

        var info = SixLabors.ImageSharp.Image.Identify(_temp.PathOf("out/turned.jpg"), out var format);
        Assert.IsType<JpegFormat>(format);
        Assert.Equal((20, 40), (info.Width, info.Height));
        var orientation = info.Metadata.ExifProfile?.GetValue(ExifTag.Orientation)?.Value ?? 1;
        Assert.Equal(1, orientation);
    }

    [Fact]
    public void Channels_of_an_input_are_read_from_its_header()
    {
        var grey = WriteGrey16Png("grey.png", 8, 8);
        var colour = WriteColourPng("colour.png");

        Assert.Equal(1, ImageApplier.ChannelsOf(grey));
        Assert.Equal(3, ImageApplier.ChannelsOf(colour));
        Assert.Equal($"'{colour}' is colour (3 channels); the model takes grey (1 channel) images.", ImageApplier.ChannelMismatch(colour, 3, 1));
    }

    [Fact]
    public void Apply_command_writes_each_image_under_its_name_from_a_run_folder()
    {
        var folder = _temp.PathOf("inputs/");
        WriteGrey16Png("inputs/a.png", 33, 17);
        using (var image = new Image<L8>(24, 24, new L8(90)))
            image.SaveAsJpeg(Path.Combine(folder, "b.jpg"), new JpegEncoder { ColorType = JpegColorType.Luminance });
        var output = _temp.PathOf("applied");

        var (exitCode, log, errors) = DenoiseCli.Run("apply", run.Directory.Path, folder, "--out", output, "--threads", "2");

        Assert.True(exitCode == 0, errors);
        Assert.Contains("Image 2/2: ", log);
        Assert.Equal((33, 17), Size(Path.Combine(output, "a.png")));
        Assert.Equal((24, 24), Size(Path.Combine(output, "b.jpg")));
    }

    [Fact]
    public void Apply_command_exits_2_naming_an_image_whose_channels_the_model_cannot_take_and_writes_nothing()
    {
        var grey = WriteGrey16Png("grey.png", 8, 8);
        var colour = WriteColourPng("colour.png");
        var output = _temp.PathOf("applied");

        var (exitCode, _, errors) = DenoiseCli.Run("apply", run.ModelFile, grey, colour, "--out", output);

        Assert.Equal(2, exitCode);
        Assert.Contains($"'{colour}' is colour (3 channels); the model takes grey (1 channel) images.", errors);
        Assert.False(Directory.Exists(output));
    }

    private static (int, int) Size(string path)
    {
        var info = SixLabors.ImageSharp.Image.Identify(path);
        return (info.Width, info.Height);
    }

    private LoadedModel LoadModel() =>
        run.Services.GetRequiredService<ModelLoader>().Load(run.ModelFile, [], new RuntimeSettings("cpu", 2));

    private static void Apply(LoadedModel model, ApplySettings settings, string input, string output) =>
        new ImageApplier(model.Denoiser, model.Description.Channels, settings, NullLogger.Instance).Apply(input, output, CancellationToken.None);

    private string WriteColourPng(string name)
    {
        var path = _temp.PathOf(name);
        using var image = new Image<Rgb24>(8, 8, new Rgb24(10, 200, 30));
        image.SaveAsPng(path);
        return path;
    }

    /// <summary>A 16-bit grey PNG of smooth shapes with a deterministic texture.</summary>
    private string WriteGrey16Png(string name, int width, int height)
    {
        var path = _temp.PathOf(name);
        using var image = new Image<L16>(width, height);
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
                image[x, y] = new L16((ushort)((((x / 10 + y / 7) % 3) * 20000) + (x * 7919 + y * 104729) % 5000));
        image.SaveAsPng(path, new PngEncoder { BitDepth = PngBitDepth.Bit16, ColorType = PngColorType.Grayscale });
        return path;
    }

    public void Dispose() => _temp.Dispose();
}
