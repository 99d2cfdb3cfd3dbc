using System.Diagnostics;
using System.Runtime.InteropServices;
using Denoising.Tests.ThirdParty;

namespace Denoising.Tests.Deploy;

/// <summary>
/// <c>dotnet publish src/Host -c Release -r linux-x64 --self-contained</c> gives a folder that runs on a machine without
/// .NET: the host, the runtime, libtorch and the plugins. Opt-in (publishing and two training runs take minutes on
/// two cores): DENOISE_PUBLISH_TEST=1.
/// </summary>
public sealed class SelfContainedPublishTests
{
    private static readonly string[] ShortQuickstart = ["--set", "steps.model.training.epochs=2"];

    [OptInFact("DENOISE_PUBLISH_TEST")]
    public void The_published_folder_runs_the_quickstart_without_dotnet_as_the_build_does()
    {
        using var temp = new TempDirectory();
        var folder = Path.Combine(temp.Path, "denoise-linux-x64");
        DotnetCli.Run(RepoPaths.Root, new Dictionary<string, string>(),
            "publish", "src/Host", "-c", "Release", "-r", "linux-x64", "--self-contained", "-o", folder);
        Assert.True(File.Exists(Path.Combine(folder, "libtorch_cpu.so")), "libtorch is published");
        Assert.True(File.Exists(Path.Combine(folder, "plugins", "Denoising.Plugins.ConvAE", "Denoising.Plugins.ConvAE.dll")), "plugins are published");

        var published = RunWithoutDotnet(Path.Combine(folder, "denoise"), temp, Path.Combine(temp.Path, "published"));
        var built = DenoiseCli.Run(["run", Path.Combine(RepoPaths.Configs, "quickstart.yaml"), "--out", Path.Combine(temp.Path, "built"), .. ShortQuickstart]);

        Assert.True(published.ExitCode == 0, published.Output);
        Assert.Equal(0, built.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(temp.Path, "built", "metrics.csv")), File.ReadAllText(Path.Combine(temp.Path, "published", "metrics.csv")));
    }

    /// <summary>
    /// Runs the short quickstart with no dotnet on PATH, DOTNET_ROOT pointing nowhere and, where the test may (root),
    /// the .NET installation hidden behind an empty private mount.
    /// </summary>
    private static (int ExitCode, string Output) RunWithoutDotnet(string denoise, TempDirectory temp, string output)
    {
        string[] run = [denoise, "run", Path.Combine(RepoPaths.Configs, "quickstart.yaml"), "--out", output, .. ShortQuickstart];
        // .../dotnet/shared/Microsoft.NETCore.App/10.0.x/
        var dotnetRoot = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var command = Environment.UserName == "root" && File.Exists("/usr/bin/unshare")
            ? ["/usr/bin/unshare", "-m", "/bin/sh", "-c", "/bin/mount -t tmpfs none \"$0\" && exec \"$@\"", dotnetRoot, .. run]
            : run;
        var start = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in command.Skip(1))
            start.ArgumentList.Add(argument);
        start.Environment.Clear();
        start.Environment["PATH"] = Directory.CreateDirectory(Path.Combine(temp.Path, "empty-bin")).FullName;
        start.Environment["DOTNET_ROOT"] = Path.Combine(temp.Path, "no-dotnet-here");
        start.Environment["HOME"] = Directory.CreateDirectory(Path.Combine(temp.Path, "home")).FullName;
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, text + errors.Result);
    }
}
