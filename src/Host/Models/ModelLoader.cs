using System.Text.Json;
using Denoising.Abstractions;
using Denoising.Host.Configuration;
using Denoising.Host.Experiments;
using Denoising.Host.Plugins;
using Denoising.Host.Running;
using Denoising.Native;
using Denoising.Torch;
using Microsoft.Extensions.Logging;

namespace Denoising.Host.Models;

/// <summary>A denoiser rebuilt from a model file and its description, with its weights loaded.</summary>
public sealed record LoadedModel(string Path, ModelDescription Description, ITrainableDenoiser Denoiser) : IDisposable
{
    public void Dispose() => (Denoiser as IDisposable)?.Dispose();
}

/// <summary>
/// Rebuilds a saved denoiser from its description alone: loads the plugins of the default and given folders, finds
/// the component by its registered name, binds the recorded options, creates it and loads the weights. The
/// description names a component, never an assembly path or a type to load (docs/security.md).
/// </summary>
public sealed class ModelLoader(ExperimentLoader experiments, PluginCatalog plugins, ILoggerFactory loggerFactory)
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<ModelLoader>();

    /// <exception cref="InvalidDataException">The description is missing or not valid, or the weights do not fit.</exception>
    /// <exception cref="ConfigException">The recorded options do not bind (the plugin changed them).</exception>
    public LoadedModel Load(string modelPath, IEnumerable<string> pluginDirectories, RuntimeSettings runtime)
    {
        var description = ModelDescriptionFile.Read(modelPath);
        if (description.ContractVersion != ContractVersion.Major)
            throw new InvalidDataException(
                $"'{modelPath}' was made with contract version {description.ContractVersion}; this host has version {ContractVersion.Major}.");
        experiments.LoadPlugins(pluginDirectories);
        var spec = BindDenoiser(modelPath, description);
        var model = new LoadedModel(modelPath, description, Create(spec, $"'{modelPath}'", Path.GetDirectoryName(modelPath)!, runtime));
        try
        {
            var weights = Path.Combine(Path.GetDirectoryName(modelPath)!, description.Weights);
            // An exported state dict (its description beside it) loads as well as the framework's own weights file.
            if (StateDictFile.IsStateDict(weights))
                StateDictLoader.Load(model.Denoiser, weights, new ImageShape(description.Channels, description.Height, description.Width));
            else
                model.Denoiser.Load(weights);
        }
        catch
        {
            model.Dispose();
            throw;
        }
        _logger.LogInformation("Loaded {Type} ({Channels} channels) from {Path}", description.DenoiserType, description.Channels, modelPath);
        return model;
    }

    /// <summary>
    /// A denoiser of a registered <paramref name="type"/> with no weights yet, its options bound from the
    /// <c>option=value</c> <paramref name="settings"/> with every check a config's would get.
    /// </summary>
    /// <exception cref="ConfigException">The type is not registered or an option does not bind.</exception>
    public (ComponentSpec<IDenoiser> Spec, ITrainableDenoiser Denoiser) CreateUntrained(
        string type, IEnumerable<string> settings, IEnumerable<string> pluginDirectories, RuntimeSettings runtime)
    {
        experiments.LoadPlugins(pluginDirectories);
        const string Key = "denoiser";
        var document = ConfigDocument.Parse("--type", $"{{\"{Key}\": {{\"type\": {JsonSerializer.Serialize(type)}}}}}");
        foreach (var setting in settings)
            document.ApplyOverride($"{Key}.{setting}");
        var spec = Bind(document, Key);
        return (spec, Create(spec, "--type", Directory.GetCurrentDirectory(), runtime));
    }

    /// <param name="baseDirectory">What relative paths among the options resolve against.</param>
    private ITrainableDenoiser Create(ComponentSpec<IDenoiser> spec, string source, string baseDirectory, RuntimeSettings runtime)
    {
        TorchRuntime.EnsureLoaded(loggerFactory.CreateLogger(typeof(TorchRuntime)));
        var factory = new ComponentFactory(plugins.Registry, loggerFactory, baseDirectory, runtime);
        var denoiser = factory.Create(spec);
        if (denoiser is ITrainableDenoiser trainable)
            return trainable;
        (denoiser as IDisposable)?.Dispose();
        throw new InvalidDataException($"{source}: denoiser '{spec.Type}' has no weights to load.");
    }

    private ComponentSpec<IDenoiser> BindDenoiser(string modelPath, ModelDescription description)
    {
        var registration = plugins.Registry.Find(ComponentKind.Denoiser, description.DenoiserType);
        var recorded = description.Plugin;
        if (registration is null)
            throw new InvalidDataException(
                $"'{modelPath}' needs denoiser '{description.DenoiserType}' from plugin {recorded.Assembly} {recorded.Version}, " +
                "which no loaded plugin registers: put that plugin in a plugin folder and name the folder with --plugins DIR.");
        if (registration.SourceAssembly != recorded.Assembly)
            _logger.LogWarning("{Path} was made with {Type} of {Recorded}; it now comes from {Current}",
                modelPath, description.DenoiserType, recorded.Assembly, registration.SourceAssembly);
        else if (plugins.Identify(registration.SourceAssembly) is { } current && current.Sha256 != recorded.Sha256)
            _logger.LogWarning("{Path} was made with {Assembly} {Recorded} (SHA-256 {RecordedHash}); loaded {Current} (SHA-256 {CurrentHash})",
                modelPath, recorded.Assembly, recorded.Version, recorded.Sha256[..12], current.Version, current.Sha256[..12]);
        // JSON is YAML: the recorded component binds as a config's would, with every check of its options.
        var descriptionPath = ModelDescriptionFile.PathFor(modelPath);
        return Bind(ConfigDocument.Parse(descriptionPath, $"{{\"denoiser\": {description.Denoiser.ToJsonString()}}}"), "denoiser");
    }

    private ComponentSpec<IDenoiser> Bind(ConfigDocument document, string key)
    {
        var binder = new OptionsBinder(document, plugins.Registry);
        var spec = (ComponentSpec<IDenoiser>?)binder.Bind(document.Root.Children.Values.Single(), typeof(ComponentSpec<IDenoiser>), key);
        binder.ThrowIfErrors();
        return spec!;
    }
}
