using System.Text.Json.Nodes;
using Denoising.Host.Running;
using Denoising.Tests.TestSupport;

namespace Denoising.Tests.Host;

public sealed class RunDirectoryTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void Naming_the_files_of_a_run_creates_no_folder()
    {
        var directory = new RunDirectory(Path.Combine(_temp.Path, "run"));

        _ = (directory.StatusFile, directory.ConfigFile, directory.LogFile, directory.GridFile("eval"),
            directory.CheckpointDirectory("model"), directory.ModelFile("model"));

        Assert.False(Directory.Exists(directory.Path));
    }

    [Fact]
    public void Run_json_is_snake_case_like_the_other_json_files()
    {
        var directory = new RunDirectory(Path.Combine(_temp.Path, "run"));
        var status = new RunStatus("demo", RunStatus.Completed, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, null,
            [new StepTiming("model", "train", 2.5, 1.25, [0.5])], 1024);

        directory.WriteStatus(status);

        var json = JsonNode.Parse(File.ReadAllText(directory.StatusFile))!.AsObject();
        Assert.Equal(1024, json["peak_memory_bytes"]!.GetValue<long>());
        Assert.Equal(1.25, json["steps"]![0]!["seconds_per_epoch"]!.GetValue<double>());
        Assert.Equal(status.Steps[0].EpochLosses, directory.ReadStatus()!.Steps[0].EpochLosses);
    }

    [Fact]
    public void A_camel_case_run_json_of_an_earlier_version_still_gives_its_state()
    {
        var directory = new RunDirectory(_temp.Path);
        File.WriteAllText(directory.StatusFile, """
            {"experiment":"demo","state":"completed","started":"2024-01-01T00:00:00+00:00","finished":null,
             "error":null,"steps":[{"id":"model","kind":"train","seconds":2.5,"secondsPerEpoch":1.25}],"peakMemoryBytes":7}
            """);

        var status = directory.ReadStatus()!;

        Assert.Equal(RunStatus.Completed, status.State);
        Assert.Equal("model", Assert.Single(status.Steps).Id);
    }

    public void Dispose() => _temp.Dispose();
}
