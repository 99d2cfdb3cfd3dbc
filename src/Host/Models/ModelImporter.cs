using Denoising.Abstractions;
using Denoising.Torch;

namespace Denoising.Host.Models;

/// <summary>
/// Turns a PyTorch or safetensors state dict into a model file of a registered denoiser type: the network is built
/// from the given options, the file's keys and shapes are checked against it, its tensors copied in, and the model
/// saved with its description, ready for <c>apply</c> or a config's denoise step.
/// </summary>
public sealed class ModelImporter(ModelLoader loader, ModelDescriber describer)
{
    /// <param name="settings"><c>option=value</c> assignments to the denoiser's options (the value is YAML).</param>
    /// <param name="shape">Channels of the images the model takes, and the size a network of fixed size is built for.</param>
    /// <returns>The description written beside <paramref name="modelPath"/>.</returns>
    public ModelDescription Import(
        string stateDictPath, string type, IEnumerable<string> settings, ImageShape shape, string modelPath,
        IEnumerable<string> pluginDirectories, RuntimeSettings runtime)
    {
        var (spec, denoiser) = loader.CreateUntrained(type, settings, pluginDirectories, runtime);
        try
        {
            StateDictLoader.Load(denoiser, stateDictPath, shape);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(modelPath))!);
            denoiser.Save(modelPath);
            return describer.Write(modelPath, spec, (shape.Channels, shape.Height, shape.Width), noise: null,
                $"imported from {Path.GetFullPath(stateDictPath)}");
        }
        finally
        {
            (denoiser as IDisposable)?.Dispose();
        }
    }
}
