using System.ComponentModel.DataAnnotations;
using Denoising.Abstractions;
using Denoising.Host.Configuration;
using Denoising.Host.Plugins;

namespace Denoising.Tests.Host;

/// <summary>A registry with a few components whose options exercise the binder.</summary>
public static class FakeComponents
{
    public sealed class LevelOptions
    {
        [Range(0.0, 1.0)]
        public double Sigma { get; set; } = 0.1;

        public bool Clip { get; set; } = true;
    }

    public sealed class MixOptions
    {
        public List<ComponentSpec<INoiseModel>> Parts { get; set; } = [];
    }

    public sealed class NetOptions
    {
        public int[] Channels { get; set; } = [8];

        public Upsampling Upsampling { get; set; } = Upsampling.Nearest;

        [Required]
        public string? Note { get; set; } = "x";
    }

    public enum Upsampling
    {
        Nearest,
        Transposed,
    }

    public sealed class FolderOptions
    {
        [Required]
        public string? Path { get; set; }

        [AllowedValues("gray", "rgb")]
        public string Color { get; set; } = "gray";
    }

    public static ComponentRegistry Registry()
    {
        var registry = new ComponentRegistry();
        registry.RegisterAll("Fake", r =>
        {
            r.AddNoiseModel<LevelOptions>("gaussian", "test", (_, _) => null!);
            r.AddNoiseModel<MixOptions>("mix", "test", (_, _) => null!);
            r.AddDenoiser<NetOptions>("net", "test", (_, _) => null!);
            r.AddDataset<FolderOptions>("folder", "test", (_, _) => null!);
            r.AddMetric("mse", "test", () => null!);
            r.AddMetric("psnr", "test", () => null!);
        });
        return registry;
    }
}
