using System.Diagnostics;
using Denoising.Abstractions;
using Denoising.Host.Configuration;
using Denoising.Host.Experiments;
using Denoising.Host.Logging;
using Denoising.Host.Output;
using Denoising.Host.Plugins;
using Denoising.Host.Running.Steps;
using Denoising.Native;
using Microsoft.Extensions.Logging;

namespace Denoising.Host.Running;

/// <summary>Runs a validated experiment into a run folder, step by step, and records how it ended.</summary>
public sealed class ExperimentRunner
{
    private readonly IReadOnlyList<IStepExecutor> _executors;
    private readonly PluginCatalog _plugins;
    private readonly ILoggerFactory _loggerFactory;
    private readonly RunLogProvider _runLog;
    private readonly ILogger<ExperimentRunner> _logger;

    public ExperimentRunner(IEnumerable<IStepExecutor> executors, PluginCatalog plugins, ILoggerFactory loggerFactory, RunLogProvider runLog)
    {
        _executors = executors.ToList();
        _plugins = plugins;
        _loggerFactory = loggerFactory;
        _runLog = runLog;
        _logger = loggerFactory.CreateLogger<ExperimentRunner>();
    }

    /// <summary>
    /// Creates every component of the experiment and lets it check its options (a dataset folder that does not
    /// exist, a denoiser that cannot be trained) without running anything or writing any file.
    /// </summary>
    /// <exception cref="ConfigException">A component refused its options; the error says where they were written.</exception>
    /// <exception cref="NativeRuntimeException">The native backend cannot be set up on this machine.</exception>
    public void Check(Experiment experiment)
    {
        using var components = NewComponents(experiment);
        Prepare(experiment, components);
    }

    /// <summary>Runs the experiment; a component that refuses its options stops it before any file is written.</summary>
    /// <exception cref="RunFolderBusyException">Another process is running into the same folder.</exception>
    public RunStatus Run(Experiment experiment, RunDirectory directory, CancellationToken cancellationToken) =>
        Run(experiment, directory, datasetCache: null, cancellationToken);

    /// <inheritdoc cref="Run(Experiment, RunDirectory, CancellationToken)"/>
    /// <param name="datasetCache">Folder of decoded datasets shared with other runs (<see cref="Caching.DecodedDatasetCache"/>); null for none.</param>
    public RunStatus Run(Experiment experiment, RunDirectory directory, string? datasetCache, CancellationToken cancellationToken)
    {
        var started = DateTimeOffset.Now;
        var components = NewComponents(experiment);
        DatasetStage datasets;
        RunLock? heldLock = null;
        var resolvedYaml = ResolvedConfig.Yaml(experiment);
        // Nothing is written until the components accept their options, the folder is this process's and its
        // checkpoints (if any) were trained by this experiment.
        try
        {
            datasets = Prepare(experiment, components, datasetCache);
            heldLock = RunLock.TryAcquire(directory.Path) ?? throw new RunFolderBusyException(directory.Path);
            RefuseIncompatibleResume(experiment, directory, resolvedYaml);
        }
        catch
        {
            heldLock?.Dispose();
            components.Dispose();
            throw;
        }
        using var runLock = heldLock;
        var state = new RunState(experiment, directory, components);
        using var log = _runLog.Attach(directory.LogFile);
        if (directory.ReadStatus() is { } previous)
        {
            // Writes an interrupted run left half-done (any writer: outputs, checkpoints) are never read; drop them.
            var stale = AtomicFile.RemoveStale(directory.Path, recursive: true);
            _logger.LogInformation("Resuming run in {Directory} (was {State}; {Stale} unfinished files removed)", directory.Path, previous.State, stale);
        }
        AtomicFile.WriteAllText(directory.ConfigFile, resolvedYaml);
        var provenance = Provenance.Collect(experiment, _plugins);
        directory.WriteStatus(Status(RunStatus.Running, null));
        try
        {
            _logger.LogInformation("Experiment {Name}: {Count} steps, output in {Directory}", experiment.Name, experiment.Steps.Count, directory.Path);
            datasets.Load(state, cancellationToken);
            for (var i = 0; i < experiment.Steps.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var step = experiment.Steps[i];
                _logger.LogInformation("Step {Index}/{Count}: {Kind} {Id}", i + 1, experiment.Steps.Count, step.Kind, step.Id);
                var clock = Stopwatch.StartNew();
                var timing = ExecutorFor(step).Run(step, state, cancellationToken);
                state.Timings.Add((timing ?? new StepTiming(step.Id, step.Kind, 0)) with { Seconds = clock.Elapsed.TotalSeconds });
                _logger.LogInformation("Step {Id} done in {Seconds:F1} s", step.Id, clock.Elapsed.TotalSeconds);
            }
            LogMetrics(state.Metrics.Means);
            var completed = Status(RunStatus.Completed, null);
            directory.WriteStatus(completed);
            _logger.LogInformation("Run completed in {Seconds:F1} s; peak memory {Memory} MB", (completed.Finished!.Value - started).TotalSeconds, completed.PeakMemoryBytes >> 20);
            return completed;
        }
        catch (OperationCanceledException)
        {
            directory.WriteStatus(Status(RunStatus.Cancelled, "cancelled"));
            _logger.LogWarning("Run cancelled; rerun with --out {Directory} to resume", directory.Path);
            throw;
        }
        catch (Exception e)
        {
            directory.WriteStatus(Status(RunStatus.Failed, e.Message));
            throw;
        }
        finally
        {
            components.Dispose();
        }

        RunStatus Status(string value, string? error) => new(
            experiment.Name, value, started, value == RunStatus.Running ? null : DateTimeOffset.Now, error,
            state.Timings.ToList(), PeakMemory.Bytes(), provenance);
    }

    /// <summary>The run's metric means as one aligned table, a log line per row (so log.txt has it too).</summary>
    private void LogMetrics(IReadOnlyList<MetricRow> means)
    {
        var lines = MetricsTable.Lines(means);
        if (lines.Count == 0)
            return;
        _logger.LogInformation("Metrics (means):");
        foreach (var line in lines)
            _logger.LogInformation("  {Row}", line);
    }

    /// <summary>
    /// A folder that already holds checkpoints resumes only the training it holds: a change of data, noise, network or
    /// training settings (other than more epochs) is an invalid experiment for that folder.
    /// </summary>
    private static void RefuseIncompatibleResume(Experiment experiment, RunDirectory directory, string resolvedYaml)
    {
        if (!File.Exists(directory.ConfigFile) || new FileInfo(directory.ConfigFile).Length > YamlLimits.MaxFileBytes)
            return;
        var trained = experiment.Steps.OfType<Experiments.Definitions.TrainStep>()
            .Where(step => Directory.Exists(directory.CheckpointDirectory(step.Id)) && Directory.EnumerateFiles(directory.CheckpointDirectory(step.Id)).Any())
            .Select(step => step.Id)
            .ToHashSet(StringComparer.Ordinal);
        var conflicts = ResumeCheck.FindConflicts(File.ReadAllText(directory.ConfigFile), resolvedYaml, trained);
        if (conflicts.Count > 0)
            throw new ConfigException(conflicts.Select(c => new ConfigError(experiment.Document.FilePath, c.Key,
                $"{c.Problem}; the checkpoints in {directory.Path} were trained otherwise: use another --out, or the folder's own settings")).ToList());
    }

    private RunComponents NewComponents(Experiment experiment)
    {
        // Once per process, before the first component: plugins then find libtorch loaded (see Denoising.Native).
        TorchRuntime.EnsureLoaded(_loggerFactory.CreateLogger(typeof(TorchRuntime)));
        var runtime = new RuntimeSettings(experiment.Options.Device, experiment.Options.Threads);
        return new RunComponents(new ComponentFactory(_plugins.Registry, _loggerFactory, experiment.BaseDirectory, runtime, experiment.Document));
    }

    private DatasetStage Prepare(Experiment experiment, RunComponents components, string? datasetCache = null)
    {
        var cache = datasetCache is null ? null : new Caching.DecodedDatasetCache(datasetCache, _loggerFactory.CreateLogger<Caching.DecodedDatasetCache>());
        var datasets = new DatasetStage(experiment, cache, _loggerFactory.CreateLogger<DatasetStage>());
        datasets.Prepare(components);
        foreach (var step in experiment.Steps)
            ExecutorFor(step).Prepare(step, components);
        return datasets;
    }

    private IStepExecutor ExecutorFor(Experiments.Definitions.StepDefinition step) =>
        _executors.FirstOrDefault(e => e.CanRun(step)) ?? throw new InvalidOperationException($"no executor for {step.Kind} steps");
}
