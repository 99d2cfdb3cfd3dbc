using System.CommandLine;
using Denoising.Host.Cli;
using Denoising.Native;

// Commands that run networks get jemalloc under libtorch (see NativeAllocator): a restart, so before anything else.
if (args.Length > 0 && args[0] is "run" or "sweep" or "apply")
    NativeAllocator.RestartWithPreferred(warning => Console.Error.WriteLine($"warn: {warning}"));

var root = new RootCommand("Denoising experiments from YAML, with denoisers, noise models and datasets from plugins.")
{
    RunCommand.Create(),
    ValidateCommand.Create(),
    PluginsCommand.Create(),
    SweepCommand.Create(),
    ReportCommand.Create(),
    ApplyCommand.Create(),
    CompareCommand.Create(),
    ExportCommand.Create(),
    ImportCommand.Create(),
};
// Commands stop cleanly on Ctrl+C / SIGTERM themselves (run.json says cancelled); no forced exit after 2 s.
var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    // A command line that cannot run is invalid input, like an invalid experiment: exit 2, not 1 (a failed run).
    foreach (var error in parse.Errors)
        Console.Error.WriteLine(error.Message);
    var command = parse.CommandResult.Command == root ? root.Name : $"{root.Name} {parse.CommandResult.Command.Name}";
    Console.Error.WriteLine($"See '{command} --help'.");
    return ExitCodes.InvalidConfig;
}
return await parse.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null });
