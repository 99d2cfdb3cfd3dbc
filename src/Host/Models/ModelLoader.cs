using Denoising.Abstractions;
using Denoising.Host.Configuration;
using Denoising.Host.Experiments;
using Denoising.Host.Plugins;
using Denoising.Host.Running;
using Denoising.Native;
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
        TorchRuntime.EnsureLoaded(loggerFactory.CreateLogger(typeof(TorchRuntime)));
        var factory = new ComponentFactory(plugins.Registry, loggerFactory, Path.GetDirectoryName(modelPath)!, runtime);
        var denoiser = factory.Create(spec);
        if (denoiser is not ITrainableDenoiser trainable)
        {
            (denoiser as IDisposable)?.Dispose();
            throw new InvalidDataException($"'{modelPath}': denoiser '{description.DenoiserType}' has no weights to load.");
        }
        var model = new LoadedModel(modelPath, description, trainable);
        try
        {
            trainable.Load(Path.Combine(Path.GetDirectoryName(modelPath)!, description.Weights));
        }
        catch
        {
            model.Dispose();
            throw;
        }
        _logger.LogInformation("Loaded {Type} ({Channels} channels) from {Path}", description.DenoiserType, description.Channels, modelPath);
        return model;
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
        var document = ConfigDocument.Parse(descriptionPath, $"{{\"denoiser\": {description.Denoiser.ToJsonString()}}}");
        var binder = new OptionsBinder(document, plugins.Registry);
        var spec = (ComponentSpec<IDenoiser>?)binder.Bind(document.Root.Children.Values.Single(), typeof(ComponentSpec<IDenoiser>), "denoiser");
        binder.ThrowIfErrors();
        return spec!;
    }
}
