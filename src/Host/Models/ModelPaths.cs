namespace Denoising.Host.Models;

/// <summary>Which model file a MODEL argument names: a model file, its description, or a run folder (and a train step).</summary>
public static class ModelPaths
{
    private const string ModelsFolder = "models";
    private const string Extension = ".model";

    /// <exception cref="ArgumentException">Nothing or more than one model fits; the message says what to give.</exception>
    public static string Resolve(string path, string? step)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full))
            return full.EndsWith(Extension + ModelDescriptionFile.Suffix, StringComparison.Ordinal)
                ? full[..^ModelDescriptionFile.Suffix.Length]
                : full;
        if (!Directory.Exists(full))
            throw new ArgumentException($"'{path}' is neither a model file nor a run folder.");
        var models = Path.Combine(full, ModelsFolder);
        if (step is not null)
        {
            var named = Path.Combine(models, step + Extension);
            return File.Exists(named)
                ? named
                : throw new ArgumentException($"run folder '{path}' has no model of step '{step}' ({named}); steps with a model: {StepsIn(models)}");
        }
        var found = Directory.Exists(models) ? Directory.GetFiles(models, "*" + Extension).Order(StringComparer.Ordinal).ToList() : [];
        return found.Count switch
        {
            1 => found[0],
            0 => throw new ArgumentException($"run folder '{path}' holds no trained model (no {ModelsFolder}/*{Extension})."),
            _ => throw new ArgumentException($"run folder '{path}' holds models of several train steps; name one with --step: {StepsIn(models)}"),
        };
    }

    private static string StepsIn(string models) =>
        Directory.Exists(models)
            ? string.Join(", ", Directory.GetFiles(models, "*" + Extension).Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal))
            : "(none)";
}
