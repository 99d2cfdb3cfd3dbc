namespace Denoising.Benchmarks;

/// <summary>Memory figures of this process from /proc/self (resident sizes in MiB).</summary>
internal static class ProcessMemory
{
    /// <summary>Peak resident set size (VmHWM).</summary>
    public static double PeakResidentMiB() => Read("VmHWM:");

    /// <summary>Current resident set size (VmRSS).</summary>
    public static double ResidentMiB() => Read("VmRSS:");

    /// <summary>Minor page faults so far (field 10 of /proc/self/stat): fresh pages the kernel had to map and zero.</summary>
    public static long MinorFaults()
    {
        var stat = File.ReadAllText("/proc/self/stat");
        // Fields after the parenthesised command name start at field 3 (state); minflt is field 10.
        return long.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[7]);
    }

    private static double Read(string key)
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith(key, StringComparison.Ordinal))
                return long.Parse(line[key.Length..].Trim().Split(' ')[0]) / 1024.0; // the file says kB
        }
        throw new InvalidOperationException($"/proc/self/status has no {key} line.");
    }
}
