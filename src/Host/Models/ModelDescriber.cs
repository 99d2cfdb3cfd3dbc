using System.Text.Json.Nodes;
using Denoising.Abstractions;
using Denoising.Host.Configuration;
using Denoising.Host.Plugins;
using Denoising.Host.Sweeps;

namespace Denoising.Host.Models;

/// <summary>Writes the description beside a saved model (<see cref="ModelDescription"/>) from the spec that built it.</summary>
public sealed class ModelDescriber(PluginCatalog plugins)
{
    /// <param name="modelPath">The weights file, already written.</param>
    /// <param name="shape">Channels, height and width the network was built for.</param>
    public ModelDescription Write(
        string modelPath, ComponentSpec<IDenoiser> denoiser, (int Channels, int Height, int Width) shape,
        ComponentSpec<INoiseModel>? noise, string origin)
    {
        var registration = plugins.Registry.Find(ComponentKind.Denoiser, denoiser.Type)
                           ?? throw new InvalidOperationException($"denoiser '{denoiser.Type}' is not registered");
        var description = new ModelDescription(
            ModelDescription.FileFormat,
            ModelDescription.CurrentFormatVersion,
            Path.GetFileName(modelPath),
            AsJson(denoiser),
            plugins.Identify(registration.SourceAssembly),
            ContractVersion.Major,
            shape.Channels,
            shape.Height,
            shape.Width,
            noise is null ? null : AsJson(noise),
            FrameworkVersion.Version,
            origin);
        ModelDescriptionFile.Write(modelPath, description);
        return description;
    }

    private static JsonObject AsJson(ComponentSpec spec) => (JsonObject)YamlJson.From(OptionsYaml.From(spec))!;
}
