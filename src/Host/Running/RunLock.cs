using System.Globalization;

namespace Denoising.Host.Running;

/// <summary>
/// The one writer of a run folder: an exclusive lock on <c>run.lock</c> inside it (flock on Linux, a share lock on
/// Windows), taken before the run writes anything and released by the kernel when the process ends however it ends,
/// so a crash leaves no stale lock. The file keeps the holder's pid and start time for whoever looks (<c>cat</c>).
/// </summary>
public sealed class RunLock : IDisposable
{
    public const string FileName = "run.lock";

    private readonly FileStream _file;

    private RunLock(FileStream file) => _file = file;

    /// <summary>Takes the lock of <paramref name="runDirectory"/> (created when missing), or returns null when another
    /// process holds it.</summary>
    public static RunLock? TryAcquire(string runDirectory)
    {
        Directory.CreateDirectory(runDirectory);
        FileStream file;
        try
        {
            file = new FileStream(Path.Combine(runDirectory, FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
        file.SetLength(0);
        using (var writer = new StreamWriter(file, leaveOpen: true))
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"pid {Environment.ProcessId} on {Environment.MachineName} since {DateTimeOffset.Now:O}\n"));
        file.Flush(flushToDisk: false);
        return new RunLock(file);
    }

    public void Dispose() => _file.Dispose();
}

/// <summary>Another process is writing the run folder: the run did not start, and nothing was written.</summary>
public sealed class RunFolderBusyException(string directory)
    : IOException($"the run folder {directory} is in use by another denoise process ({Path.Combine(directory, RunLock.FileName)} says which); wait for it to end or choose another --out")
{
    public string Directory { get; } = directory;
}
