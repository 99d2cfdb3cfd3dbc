using Denoising.Host.Output;

namespace Denoising.Host.Running;

/// <summary>
/// The folder of one run: resolved config, status, metrics, grids, checkpoints and log. A run that did not finish
/// keeps status <c>running</c>, <c>failed</c> or <c>cancelled</c>; rerunning into the same folder resumes it.
/// </summary>
public sealed class RunDirectory
{
    /// <summary>Names the folder without creating it: a run stopped by bad options leaves no folder.</summary>
    public RunDirectory(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
    }

    public string Path { get; }
    public string StatusFile => Combine("run.json");
    public string ConfigFile => Combine("config.yaml");
    public string LogFile => Combine("log.txt");
    public string GridFile(string stepId) => Combine("grids", $"{stepId}.png");
    public string GridLayoutFile(string stepId) => Combine("grids", $"{stepId}.json");
    public string CheckpointDirectory(string stepId) => Combine("checkpoints", stepId);
    public string ModelFile(string stepId) => Combine("models", $"{stepId}.model");

    /// <summary>A train step's curves, relative to the run folder (as run.json names them).</summary>
    public static string CurvesPath(string stepId) => $"curves/{stepId}.csv";

    public string CurvesFile(string stepId) => Combine("curves", $"{stepId}.csv");
    public string TensorBoardDirectory(string stepId) => Combine("tensorboard", stepId);

    /// <summary>A new folder under <paramref name="root"/> named after the experiment and the time.</summary>
    public static RunDirectory CreateUnder(string root, string experiment) =>
        new(System.IO.Path.Combine(root, $"{experiment}-{DateTime.Now:yyyyMMdd-HHmmss-fff}"));

    public RunStatus? ReadStatus()
    {
        if (!File.Exists(StatusFile))
            return null;
        try
        {
            return JsonFiles.Read<RunStatus>(StatusFile);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    public void WriteStatus(RunStatus status) => JsonFiles.Write(StatusFile, status);

    /// <summary>Creates the folder, once the run's options are known to be good.</summary>
    public void Create() => Directory.CreateDirectory(Path);

    private string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);
}
