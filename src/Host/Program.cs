using System.CommandLine;
using Denoising.Host.Cli;

var root = new RootCommand("Denoising experiments from YAML, with denoisers, noise models and datasets from plugins.")
{
    RunCommand.Create(),
    ValidateCommand.Create(),
    PluginsCommand.Create(),
    SweepCommand.Create(),
    ReportCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
