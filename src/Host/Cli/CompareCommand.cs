using System.CommandLine;
using Denoising.Host.Comparing;

namespace Denoising.Host.Cli;

/// <summary><c>compare RUN_DIR... [--csv FILE] [--markdown FILE]</c>: runs' metrics side by side and the config keys that differ.</summary>
public static class CompareCommand
{
    public static Command Create()
    {
        var runs = new Argument<DirectoryInfo[]>("runs") { Description = "Run folders (each holds metrics.json and config.yaml).", Arity = ArgumentArity.OneOrMore };
        var csv = new Option<FileInfo?>("--csv") { Description = "Also write the table as CSV to this file." };
        var markdown = new Option<FileInfo?>("--markdown") { Description = "Also write the table and the differing keys as Markdown to this file." };
        var command = new Command("compare", "Compare the metrics of run folders side by side, naming the config keys that differ.") { runs, csv, markdown };
        command.SetAction(parse =>
        {
            try
            {
                var comparison = RunComparison.Of(parse.GetValue(runs)!.Select(d => d.FullName).ToList());
                Console.Write(comparison.ToConsole());
                if (parse.GetValue(csv) is { } csvFile)
                    AtomicFile.WriteAllText(csvFile.FullName, comparison.ToCsv());
                if (parse.GetValue(markdown) is { } markdownFile)
                    AtomicFile.WriteAllText(markdownFile.FullName, comparison.ToMarkdown());
                return ExitCodes.Success;
            }
            catch (Exception e) when (e is IOException or InvalidDataException or Configuration.ConfigException)
            {
                Console.Error.WriteLine($"No comparison: {e.Message}");
                return ExitCodes.RunFailed;
            }
        });
        return command;
    }
}
