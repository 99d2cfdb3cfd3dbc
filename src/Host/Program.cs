using System.CommandLine;
using Denoising.Host.Cli;

var root = new RootCommand("Denoising experiments from YAML, with denoisers, noise models and datasets from plugins.")
{
    RunCommand.Create(),
    ValidateCommand.Create(),
    PluginsCommand.Create(),
    SweepCommand.Create(),
    ReportCommand.Create(),
    ApplyCommand.Create(),
    CompareCommand.Create(),
};
// Commands stop cleanly on Ctrl+C / SIGTERM themselves (run.json says cancelled); no forced exit after 2 s.
return await root.Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null });
