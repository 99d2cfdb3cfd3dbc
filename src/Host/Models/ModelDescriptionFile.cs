using Denoising.Host.Output;

namespace Denoising.Host.Models;

/// <summary>The description beside a model file: <c>models/STEP.model</c> has <c>models/STEP.model.json</c>.</summary>
public static class ModelDescriptionFile
{
    public const string Suffix = ".json";

    /// <summary>Description files are small; a larger one is not one of ours.</summary>
    private const long MaxBytes = 1024 * 1024;

    public static string PathFor(string modelPath) => modelPath + Suffix;

    public static void Write(string modelPath, ModelDescription description) =>
        JsonFiles.Write(PathFor(modelPath), description);

    /// <summary>Reads the description of <paramref name="modelPath"/>; every problem names the file.</summary>
    /// <exception cref="InvalidDataException">It is missing, unreadable or of another format.</exception>
    public static ModelDescription Read(string modelPath)
    {
        var path = PathFor(modelPath);
        if (!File.Exists(path))
            throw new InvalidDataException(
                $"'{modelPath}' has no description '{Path.GetFileName(path)}' beside it, so the denoiser type, its options " +
                "and its plugin are unknown (models written before framework 0.3 have none): retrain it with this version.");
        var description = JsonFiles.Read<ModelDescription>(path, MaxBytes);
        if (description.Format != ModelDescription.FileFormat)
            throw new InvalidDataException($"'{path}' is not a model description (format '{ModelDescription.FileFormat}').");
        if (description.FormatVersion != ModelDescription.CurrentFormatVersion)
            throw new InvalidDataException(
                $"'{path}' has model description version {description.FormatVersion}; this build reads version {ModelDescription.CurrentFormatVersion}.");
        if (description.DenoiserType.Length == 0 || description.Plugin is null)
            throw new InvalidDataException($"'{path}' names no denoiser type or plugin.");
        return description;
    }
}
