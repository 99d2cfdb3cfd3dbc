using System.CommandLine;
using Denoising.Host.Configuration;
using Denoising.Host.Running;
using Denoising.Native;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Denoising.Host.Cli;

/// <summary><c>validate CONFIG</c>: checks an experiment without running it.</summary>
public static class ValidateCommand
{
    public static Command Create()
    {
        var experimentArguments = new ExperimentArguments();
        var command = new Command("validate", "Check an experiment file: keys, types, ranges, components and the step graph.");
        experimentArguments.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = HostFactory.Build();
            await host.StartAsync(cancellationToken);
            try
            {
                var experiment = experimentArguments.Load(host.Services, parse);
                host.Services.GetRequiredService<ExperimentRunner>().Check(experiment);
                Console.WriteLine($"{experiment.Document.FilePath}: valid; steps in run order: {string.Join(" -> ", experiment.Steps.Select(s => s.Id))}");
                return ExitCodes.Success;
            }
            catch (ConfigException e)
            {
                return ConfigErrorPrinter.Print(e);
            }
            catch (NativeRuntimeException e)
            {
                // A problem of this machine, not of the file: the components could not be checked.
                await Console.Error.WriteLineAsync($"Runtime setup failed: {e.Message}");
                return ExitCodes.RunFailed;
            }
        });
        return command;
    }
}
