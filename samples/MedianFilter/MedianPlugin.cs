using Denoising.Abstractions;

namespace Denoising.Samples.MedianFilter;

/// <summary>Entry point: registers the component named in <c>component.yaml</c> (<c>type: median</c>).</summary>
public sealed class MedianPlugin : IDenoisingPlugin
{
    public void Register(IComponentRegistry registry)
    {
        var manifest = ComponentManifest.Read();
        registry.AddDenoiser<MedianOptions>(
            manifest.Name,
            manifest.Description,
            (options, _) => new MedianDenoiser(options.Size));
    }
}
