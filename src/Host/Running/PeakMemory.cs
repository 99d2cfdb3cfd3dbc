namespace Denoising.Host.Running;

/// <summary>Peak resident memory of this process (native libtorch memory included).</summary>
public static class PeakMemory
{
    public static long Bytes()
    {
        const string status = "/proc/self/status";
        if (File.Exists(status))
        {
            var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null && long.TryParse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], out var kilobytes))
                return kilobytes * 1024;
        }
        return Environment.WorkingSet;
    }
}
