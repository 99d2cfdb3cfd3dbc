using Denoising.Abstractions;
using Denoising.Host.Running.Steps;

namespace Denoising.Tests.Host;

public class PixelQuantizerTests
{
    [Fact]
    public void Eight_bits_clip_to_the_unit_range_and_round_to_multiples_of_one_255th()
    {
        var image = new Image("a", 1, 1, 6, [-0.3f, 1.7f, 0.5f, 0.1f, 127.4f / 255, 1f]);

        var quantized = Assert.Single(PixelQuantizer.Quantize([image], 8));

        // 0.5 * 255 = 127.5 rounds half to even (128), as NumPy's round in KAIR's single2uint.
        Assert.Equal([0f, 1f, 128f / 255, 26f / 255, 127f / 255, 1f], quantized.Pixels);
        Assert.Equal("a", quantized.Id);
        Assert.Equal([-0.3f, 1.7f, 0.5f, 0.1f, 127.4f / 255, 1f], image.Pixels);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(17)]
    public void Bit_counts_outside_1_to_16_are_refused(int bits) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PixelQuantizer.Quantize([], bits));
}
