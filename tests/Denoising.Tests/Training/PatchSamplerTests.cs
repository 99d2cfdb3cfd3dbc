using Denoising.Abstractions;
using Denoising.Host.Experiments.Definitions;
using Denoising.Host.Running.Patches;

namespace Denoising.Tests.Training;

public sealed class PatchSamplerTests
{
    /// <summary>Images of different sizes and orientations whose pixel values encode channel, row and column.</summary>
    private static readonly IReadOnlyList<Image> MixedSizes =
    [
        Coded("wide", 2, 9, 23), Coded("tall", 2, 21, 8), Coded("square", 2, 8, 8),
    ];

    private static Image Coded(string id, int channels, int height, int width)
    {
        var pixels = new float[channels * height * width];
        for (var i = 0; i < pixels.Length; i++)
            pixels[i] = i;
        return new Image(id, channels, height, width, pixels);
    }

    private static PatchSampler Sampler(int seed, string augment = PatchAugmentation.Dihedral, int perEpoch = 200, int imagesAtOnce = 2) =>
        new(MixedSizes, new PatchOptions { Size = 8, PerEpoch = perEpoch, Augment = augment, ImagesAtOnce = imagesAtOnce },
            new UniformNoise(), seed, channels: 2);

    [Fact]
    public void Patches_have_the_patch_size_from_images_of_any_size_and_noise_of_their_own()
    {
        var sampler = Sampler(seed: 1);

        var pairs = Enumerable.Range(0, sampler.PerEpoch).Select(p => sampler.Get(0, p)).ToList();

        Assert.All(pairs, pair => Assert.Equal("2x8x8", $"{pair.Clean.Channels}x{pair.Clean.Height}x{pair.Clean.Width}"));
        Assert.All(pairs, pair => Assert.True(pair.Noisy.SameShapeAs(pair.Clean)));
        Assert.Equal(3, pairs.Select(pair => pair.Clean.Id.Split('@')[0]).Distinct().Count());
        var noise = pairs.Select(pair => pair.Noisy.Pixels[0] - pair.Clean.Pixels[0]).ToList();
        Assert.Equal(noise.Count, noise.Distinct().Count());
    }

    [Fact]
    public void Every_one_of_the_8_flips_and_rotations_occurs_and_none_without_augmentation()
    {
        var augmented = Sampler(seed: 2);
        var plain = Sampler(seed: 2, PatchAugmentation.None);

        var layouts = Enumerable.Range(0, augmented.PerEpoch).Select(p => Layout(augmented.Get(0, p).Clean)).Distinct().ToList();
        var plainLayouts = Enumerable.Range(0, plain.PerEpoch).Select(p => Layout(plain.Get(0, p).Clean)).Distinct().ToList();

        Assert.Equal(8, layouts.Count);
        Assert.Equal(["identity"], plainLayouts);
    }

    [Fact]
    public void The_same_seed_gives_the_same_patches_in_any_order_and_another_seed_or_epoch_others()
    {
        var first = Sampler(seed: 3);
        var second = Sampler(seed: 3);
        var other = Sampler(seed: 4);

        var forward = Enumerable.Range(0, 50).Select(p => first.Get(1, p)).ToList();
        var backward = Enumerable.Range(0, 50).Reverse().Select(p => second.Get(1, p)).Reverse().ToList();

        Assert.Equal(forward.Select(p => p.Noisy.Pixels), backward.Select(p => p.Noisy.Pixels));
        Assert.Equal(forward.Select(p => p.Clean.Pixels), backward.Select(p => p.Clean.Pixels));
        Assert.NotEqual(forward.Select(p => p.Clean.Pixels), Enumerable.Range(0, 50).Select(p => other.Get(1, p).Clean.Pixels));
        Assert.NotEqual(forward.Select(p => p.Clean.Pixels), Enumerable.Range(0, 50).Select(p => first.Get(2, p).Clean.Pixels));
    }

    [Fact]
    public void Consecutive_patches_come_from_one_window_of_images_at_a_time()
    {
        var sampler = Sampler(seed: 5, perEpoch: 300, imagesAtOnce: 1);

        var sources = Enumerable.Range(0, 300).Select(p => sampler.Get(0, p).Clean.Id.Split('@')[0]).ToList();

        Assert.Equal(3, sources.Distinct().Count());
        Assert.Equal(2, sources.Zip(sources.Skip(1)).Count(pair => pair.First != pair.Second));
    }

    [Fact]
    public void Images_at_once_is_lowered_so_two_windows_fit_in_memory_mb_and_each_image_is_read_once_an_epoch()
    {
        // Six images of 1 MiB of floats each: 4 MiB hold two windows of two images.
        var images = new CountingReads(Enumerable.Range(0, 6).Select(i => Coded($"image{i}", 1, 512, 512)).ToList());
        var sampler = new PatchSampler(images, new PatchOptions { Size = 8, PerEpoch = 300, ImagesAtOnce = 64, MemoryMb = 4 }, new UniformNoise(), 0, 1);
        images.Reads = 0;

        var sources = Enumerable.Range(0, 300).Select(p => sampler.Get(0, p).Clean.Id.Split('@')[0]).ToList();

        Assert.Equal(2, sampler.ImagesAtOnce);
        Assert.Equal(6, images.Reads);
        Assert.All(sources.Chunk(100), window => Assert.Equal(2, window.Distinct().Count()));
        Assert.Equal(3, Sampler(seed: 0, imagesAtOnce: 64).ImagesAtOnce); // small images: images_at_once, at most all of them
    }

    [Fact]
    public void An_image_smaller_than_the_patches_is_named()
    {
        var sampler = new PatchSampler([Coded("tiny", 1, 4, 30)], new PatchOptions { Size = 8, PerEpoch = 1 }, new UniformNoise(), 0, 1);

        var error = Assert.Throws<InvalidOperationException>(() => sampler.Get(0, 0));

        Assert.Contains("tiny (1x4x30) is smaller than the 8x8 patches", error.Message);
    }

    /// <summary>Which of the 8 transforms made the patch, read from the coded pixels of its first channel.</summary>
    private static string Layout(Image patch)
    {
        float At(int y, int x) => patch.Pixels[y * patch.Width + x];
        var rowStep = At(0, 1) - At(0, 0); // +-1: columns run along x; otherwise rows do
        var down = At(1, 0) - At(0, 0);
        return (rowStep, down) switch
        {
            (1, > 1) => "identity",
            (-1, > 1) => "flip",
            (1, < -1) => "flip-vertical",
            (-1, < -1) => "turn-180",
            ( > 1, 1) => "transpose",
            ( > 1, -1) => "turn-a",
            ( < -1, 1) => "turn-b",
            _ => "anti-transpose",
        };
    }

    /// <summary>A list that counts how often its images are read, as a dataset read on demand would decode them.</summary>
    private sealed class CountingReads(IReadOnlyList<Image> images) : IReadOnlyList<Image>
    {
        public int Reads { get; set; }

        public Image this[int index]
        {
            get
            {
                Reads++;
                return images[index];
            }
        }

        public int Count => images.Count;

        public IEnumerator<Image> GetEnumerator() => images.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private sealed class UniformNoise : INoiseModel
    {
        public Image Apply(Image clean, Random random) =>
            clean.WithPixels(Array.ConvertAll(clean.Pixels, value => value + random.NextSingle()));
    }
}
