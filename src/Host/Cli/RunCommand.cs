using System.CommandLine;
using Denoising.Host.Configuration;
using Denoising.Host.Experiments;
using Denoising.Host.Reports;
using Denoising.Host.Running;
using Denoising.Host.Sweeps;
using Denoising.Native;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Denoising.Host.Cli;

/// <summary><c>run CONFIG [--set k=v]... [--out DIR]</c>: runs one experiment into a run folder.</summary>
public static class RunCommand
{
    public static Command Create()
    {
        var experimentArguments = new ExperimentArguments();
        var verbose = CommonOptions.Verbose();
        var output = new Option<DirectoryInfo?>("--out")
        {
            Description = "Run folder (default: runs/NAME-TIME). Reusing a folder resumes an interrupted run.",
        };
        var datasetCache = new Option<DirectoryInfo?>("--dataset-cache")
        {
            Description = "Folder of decoded datasets shared with other runs: a dataset decoded once is read from there (a sweep passes its own).",
        };
        var command = new Command("run", "Run an experiment.");
        experimentArguments.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(datasetCache);
        command.Options.Add(verbose);
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = HostFactory.Build(parse.GetValue(verbose));
            await host.StartAsync(cancellationToken);
            var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("run");
            Experiment experiment;
            try
            {
                experiment = experimentArguments.Load(host.Services, parse);
            }
            catch (ConfigException e)
            {
                return ConfigErrorPrinter.Print(e);
            }
            var directory = parse.GetValue(output) is { } dir
                ? new RunDirectory(dir.FullName)
                : RunDirectory.CreateUnder(Path.Combine(Environment.CurrentDirectory, "runs"), experiment.Name);
            // SIGTERM and Ctrl+C reach the host's lifetime (it keeps the process alive); stop the run cleanly on them.
            var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
            using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stopping);
            using var parentWatch = ParentWatch.StartIfSweepChild(cancellation, logger);
            return Execute(host, experiment, directory, parse.GetValue(datasetCache)?.FullName, logger, cancellation.Token);
        });
        return command;
    }

    /// <summary>Runs the experiment, then writes the folder's report.html however the run ended (a busy folder is another's).</summary>
    private static int Execute(IHost host, Experiment experiment, RunDirectory directory, string? datasetCache, ILogger logger, CancellationToken cancellationToken)
    {
        var exitCode = RunExperiment(host, experiment, directory, datasetCache, logger, cancellationToken);
        if (exitCode != ExitCodes.Busy && File.Exists(directory.StatusFile))
            WriteReport(host, directory, logger);
        return exitCode;
    }

    private static void WriteReport(IHost host, RunDirectory directory, ILogger logger)
    {
        try
        {
            host.Services.GetRequiredService<RunReporter>().Write(directory.Path);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            logger.LogWarning("No report.html: {Message}", e.Message);
        }
    }

    private static int RunExperiment(IHost host, Experiment experiment, RunDirectory directory, string? datasetCache, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            host.Services.GetRequiredService<ExperimentRunner>().Run(experiment, directory, datasetCache, cancellationToken);
            logger.LogInformation("Results in {Directory}", directory.Path);
            return ExitCodes.Success;
        }
        catch (ConfigException e)
        {
            return ConfigErrorPrinter.Print(e);
        }
        catch (OperationCanceledException)
        {
            return ExitCodes.Cancelled;
        }
        catch (RunFolderBusyException e)
        {
            logger.LogError("Not started: {Message}", e.Message);
            return ExitCodes.Busy;
        }
        catch (NativeRuntimeException e)
        {
            logger.LogError("Runtime setup failed: {Message}", e.Message);
            return ExitCodes.RunFailed;
        }
        catch (Exception e)
        {
            logger.LogError("Run failed: {Message}", e.Message);
            logger.LogDebug(e, "Details");
            return ExitCodes.RunFailed;
        }
    }
}
