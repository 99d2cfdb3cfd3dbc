using System.CommandLine;
using Denoising.Host.Configuration;
using Denoising.Host.Sweeps;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Denoising.Host.Cli;

/// <summary>
/// <c>sweep CONFIG [--parallel N|auto] [--shard K/N | --shard-index I --shard-count N] [--out DIR] [--set k=v]... [--list]</c>: runs every point of a sweep,
/// each in its own child process and run folder; rerunning resumes.
/// </summary>
public static class SweepCommand
{
    public static Command Create()
    {
        var experimentArguments = new ExperimentArguments("Experiment with a 'sweep:' section, or a sweep file with 'base:'.");
        var verbose = CommonOptions.Verbose();
        var parallel = new Option<string>("--parallel")
        {
            Description = "Points run at once, each with cores/N threads; auto: one point per core with 1 thread each "
                + "(fewer points with more threads when fewer are left to run than there are cores).",
            DefaultValueFactory = _ => "1",
        };
        parallel.Validators.Add(result =>
        {
            try
            {
                SweepParallelism.Parse(result.GetValueOrDefault<string>() ?? "");
            }
            catch (FormatException e)
            {
                result.AddError(e.Message);
            }
        });
        var shard = new ShardOptions();
        var output = new Option<DirectoryInfo?>("--out") { Description = "Sweep folder (default: sweeps/NAME). Reusing it resumes the sweep." };
        var list = new Option<bool>("--list") { Description = "Only list the points (with their shard and folder) and exit." };
        var command = new Command("sweep", "Run every point of a parameter sweep and report the results.");
        experimentArguments.AddTo(command);
        shard.AddTo(command);
        foreach (var option in new Option[] { parallel, output, list, verbose })
            command.Options.Add(option);
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = HostFactory.Build(parse.GetValue(verbose));
            await host.StartAsync(cancellationToken);
            var runner = host.Services.GetRequiredService<SweepRunner>();
            // SIGTERM and Ctrl+C reach the host's lifetime; they stop the sweep and its running points.
            var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
            using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stopping);
            try
            {
                var request = new SweepRequest(
                    experimentArguments.ConfigPath(parse),
                    parse.GetValue(output)?.FullName,
                    SweepParallelism.Parse(parse.GetValue(parallel)!),
                    shard.Get(parse),
                    experimentArguments.Overrides(parse),
                    experimentArguments.PluginDirectories(parse));
                if (parse.GetValue(list))
                    return PrintPoints(runner.Plan(request), request.Shard);
                var outcome = await runner.RunAsync(request, cancellation.Token);
                return outcome.Cancelled ? ExitCodes.Cancelled : outcome.Failed > 0 ? ExitCodes.RunFailed : ExitCodes.Success;
            }
            catch (ConfigException e)
            {
                return ConfigErrorPrinter.Print(e);
            }
            catch (Exception e) when (e is FormatException or ArgumentOutOfRangeException)
            {
                Console.Error.WriteLine(e.Message);
                return ExitCodes.InvalidConfig;
            }
        });
        return command;
    }

    /// <summary>Index, shard and folder of each point, so shards can be checked before a job runs.</summary>
    private static int PrintPoints(SweepPlan plan, Shard? shard)
    {
        var count = shard?.Count ?? 1;
        var shardOf = Enumerable.Range(1, count)
            .SelectMany(k => new Shard(k, count).Select(plan.Points).Select(p => (p.Index, Shard: k)))
            .ToDictionary(x => x.Index, x => x.Shard);
        foreach (var point in plan.Points.Where(p => shard is null || shardOf[p.Index] == shard.Index))
            Console.WriteLine($"{point.Index + 1,4}  shard {shardOf[point.Index]}/{count}  {SweepLayout.PointDirectory(point)}");
        Console.WriteLine($"{plan.Points.Count} points");
        return ExitCodes.Success;
    }
}
