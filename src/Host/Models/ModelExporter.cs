using Denoising.Abstractions;

namespace Denoising.Host.Models;

/// <summary>
/// Writes a trained model's network in a format other tools read, with its description beside it
/// (<c>FILE.json</c>, the same <see cref="ModelDescription"/> a run writes), so the architecture travels with the weights.
/// </summary>
public sealed class ModelExporter(ModelLoader loader)
{
    public static readonly string[] Formats = [StateDictFile.PyTorch, StateDictFile.Safetensors];

    /// <returns>The description written beside <paramref name="outputPath"/>.</returns>
    public ModelDescription Export(
        string modelPath, string format, string outputPath, IEnumerable<string> pluginDirectories, RuntimeSettings runtime)
    {
        if (!Formats.Contains(format))
            throw new ArgumentException($"--format '{format}' is not known; expected one of: {string.Join(", ", Formats)}.");
        using var model = loader.Load(modelPath, pluginDirectories, runtime);
        var network = StateDictLoader.NetworkOf(model.Denoiser, modelPath).Network;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputPath))!);
        StateDictFile.Write(outputPath, format, network.state_dict());
        var description = model.Description with
        {
            Weights = Path.GetFileName(outputPath),
            Origin = $"{model.Description.Origin}; exported as {format} from {modelPath}",
        };
        ModelDescriptionFile.Write(outputPath, description);
        return description;
    }
}
