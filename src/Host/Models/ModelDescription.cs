using System.Text.Json.Nodes;
using Denoising.Host.Plugins;

namespace Denoising.Host.Models;

/// <summary>
/// What a model file needs to be rebuilt anywhere: written as <c>NAME.model.json</c> beside the weights
/// (<see cref="ModelDescriptionFile"/>), so the weights keep their format. It names a component and a plugin, never
/// code to load: the denoiser is found by name among the plugins of the folders the user trusts.
/// </summary>
/// <param name="Weights">File name of the weights, in the description's folder.</param>
/// <param name="Denoiser">The component as a config writes it, every option bound: <c>{type: conv-ae, channels: [32, 32], ...}</c>.</param>
/// <param name="Plugin">The plugin assembly that registered the denoiser.</param>
/// <param name="Channels">Channels of the images the model takes (1 grey, 3 RGB).</param>
/// <param name="Height">Height of the images the network was built for (any size for a convolutional network).</param>
/// <param name="Width">Width of the images the network was built for.</param>
/// <param name="Noise">The training step's noise, as written in its config; null for imported weights.</param>
/// <param name="Origin">Where the weights came from: a run's train step, or an imported file.</param>
public sealed record ModelDescription(
    string Format,
    int FormatVersion,
    string Weights,
    JsonObject Denoiser,
    PluginIdentity Plugin,
    int ContractVersion,
    int Channels,
    int Height,
    int Width,
    JsonObject? Noise,
    string FrameworkVersion,
    string Origin)
{
    public const string FileFormat = "denoising-model";
    public const int CurrentFormatVersion = 1;

    /// <summary>The registered name of the denoiser (its <c>type</c>).</summary>
    public string DenoiserType => Denoiser["type"]?.GetValue<string>() ?? "";
}
