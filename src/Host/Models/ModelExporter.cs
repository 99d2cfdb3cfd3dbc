using Denoising.Abstractions;
using Denoising.Host.Models.Onnx;

namespace Denoising.Host.Models;

/// <summary>
/// Writes a trained model's network in a format other tools read, with its description (the same
/// <see cref="ModelDescription"/> a run writes) so the architecture travels with the weights: beside a state dict as
/// <c>FILE.json</c>, inside an ONNX file as metadata (<see cref="OnnxModelFile"/>).
/// </summary>
public sealed class ModelExporter(ModelLoader loader)
{
    public static readonly string[] Formats = [StateDictFile.PyTorch, StateDictFile.Safetensors, OnnxModelFile.Format];

    /// <returns>The description written beside <paramref name="outputPath"/> or into it.</returns>
    /// <exception cref="NotSupportedException">ONNX: a layer of the network has no ONNX mapping.</exception>
    public ModelDescription Export(
        string modelPath, string format, string outputPath, IEnumerable<string> pluginDirectories, RuntimeSettings runtime)
    {
        if (!Formats.Contains(format))
            throw new ArgumentException($"--format '{format}' is not known; expected one of: {string.Join(", ", Formats)}.");
        using var model = loader.Load(modelPath, pluginDirectories, runtime);
        var network = StateDictLoader.NetworkOf(model.Denoiser, modelPath).Network;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputPath))!);
        var description = model.Description with
        {
            Weights = Path.GetFileName(outputPath),
            Origin = $"{model.Description.Origin}; exported as {format} from {modelPath}",
        };
        if (format == OnnxModelFile.Format)
        {
            OnnxModelFile.Write(outputPath, network, description);
            return description;
        }
        StateDictFile.Write(outputPath, format, network.state_dict());
        ModelDescriptionFile.Write(outputPath, description);
        return description;
    }
}
