using System.Security.Cryptography;
using System.Text;
using Denoising.Host.Configuration;
using Denoising.Host.Sweeps;

namespace Denoising.Tests.Sweeps;

public sealed class PointHashTests
{
    private static string HashOf(string yaml) => PointHash.Of(ConfigDocument.Parse("e.yaml", yaml).Root);

    [Fact]
    public void Hash_is_the_first_ten_hex_digits_of_the_sha256_of_the_canonical_experiment()
    {
        const string canonical = "{name: x, seed: 3, steps: [{id: a, kind: noise, noise: {sigma: 0.1, type: gaussian}}]}";
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))[..10];

        Assert.Equal(expected, HashOf("""
            seed: 3
            name: x
            steps:
              - { id: a, kind: noise, noise: { type: gaussian, sigma: 0.1 } }
            """));
    }

    [Fact]
    public void Formatting_comments_key_order_and_the_sweep_section_do_not_change_the_hash_but_a_value_does()
    {
        var first = HashOf("""
            name: x   # comment
            seed: 3
            steps:
              - id: a
                kind: noise
                noise: { type: gaussian, sigma: 0.1 }
            """);
        var reordered = HashOf("""
            steps: [{noise: {sigma: 0.1, type: "gaussian"}, kind: noise, id: a}]
            seed: 3
            name: 'x'
            sweep: { grid: { seed: [1, 2] } }
            """);
        var changed = HashOf("""
            name: x
            seed: 3
            steps: [{id: a, kind: noise, noise: {type: gaussian, sigma: 0.2}}]
            """);

        Assert.Equal(first, reordered);
        Assert.NotEqual(first, changed);
        Assert.Matches("^[0-9a-f]{10}$", first);
    }

    [Fact]
    public void Folder_names_are_the_sanitised_label_and_the_hash()
    {
        Assert.Equal("noise=gaussian-0.1,note=a_b_c-0123456789", PointNaming.DirectoryName("noise=gaussian-0.1,note=a/b c", "0123456789"));
        var longLabel = new string('x', 200);
        Assert.Equal(PointNaming.MaxLabelLength + 11, PointNaming.DirectoryName(longLabel, "0123456789").Length);
    }
}
