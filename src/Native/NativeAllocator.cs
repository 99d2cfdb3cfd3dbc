using System.Runtime.InteropServices;
using System.Text;

namespace Denoising.Native;

/// <summary>
/// Puts jemalloc under libtorch when the machine has it, by starting the host again with it preloaded.
/// Why (benchmarks/README.md, "Allocators"): glibc 2.36's malloc either strands freed tensor memory (the heap of the dense
/// seed model grows ~15 MB a step) or, with tensors moved to mmap, pays a page fault per 4 KiB of every activation
/// (DnCNN on 40x40 patches spent 70% of its time in the kernel). jemalloc with page purging off does neither: flat
/// memory from the first step and almost no page faults, for every in-tree model. A malloc can only be replaced before
/// the process starts (LD_PRELOAD), so the host re-executes itself once, as the same process (execve keeps the pid,
/// which sweeps, Slurm and Kubernetes rely on), before it has done anything else.
/// <c>DENOISING_ALLOCATOR=glibc</c> keeps glibc (then <see cref="NativeMemoryPolicy"/> tunes it).
/// </summary>
public static partial class NativeAllocator
{
    public const string Variable = "DENOISING_ALLOCATOR";
    public const string Jemalloc = "jemalloc";
    public const string Glibc = "glibc";

    /// <summary>Set in the restarted process, so that a preload that did not take cannot restart it again.</summary>
    internal const string RestartedVariable = "DENOISING_ALLOCATOR_RESTARTED";

    /// <summary>
    /// jemalloc's settings unless the user gave MALLOC_CONF: never hand freed pages back to the kernel. Training reuses the
    /// same sizes every step, so returned pages would only be faulted in again; the process keeps its peak working set.
    /// </summary>
    internal const string JemallocSettings = "dirty_decay_ms:-1,muzzy_decay_ms:-1";

    private static readonly string[] LibraryFolders =
    [
        "/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib", "/usr/local/lib",
    ];

    private const string JemallocLibrary = "libjemalloc.so.2";

    /// <summary>The allocator serving this process's malloc: "jemalloc" when it is preloaded, else "glibc" (or the C library's).</summary>
    public static string Current => IsJemallocLoaded() ? Jemalloc : Glibc;

    /// <summary>
    /// Called first thing in Main of a command that trains or runs networks: re-executes the process with jemalloc
    /// preloaded when it is wanted, installed and not loaded yet. Returns when nothing is to be done or the restart failed
    /// (the reason goes to <paramref name="warn"/>; logging is not set up yet); does not return when it restarts.
    /// </summary>
    public static void RestartWithPreferred(Action<string> warn)
    {
        if (!OperatingSystem.IsLinux())
            return;
        var plan = Plan(Environment.GetEnvironmentVariable(Variable), Environment.GetEnvironmentVariable(RestartedVariable),
            IsJemallocLoaded(), FindJemalloc());
        if (plan.Problem is { } problem)
        {
            warn(problem);
            return;
        }
        if (plan.Library is not { } library)
            return;
        var arguments = ReadCommandLine();
        if (arguments.Length == 0)
            return;
        var environment = RestartEnvironment(library);
        RemoveDiagnosticsSocket();
        execve("/proc/self/exe", [.. arguments, null], environment);
        warn($"Could not restart with {library} preloaded ({Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}); staying with the C library's malloc.");
    }

    /// <summary>What to do, decided from the environment alone (no side effects, tested).</summary>
    /// <param name="setting">DENOISING_ALLOCATOR.</param>
    /// <param name="restarted">The marker of a process that restarted already.</param>
    /// <param name="loaded">jemalloc already serves malloc (preloaded by the user or by a parent process).</param>
    /// <param name="installed">The library found on this machine, or null.</param>
    internal static AllocatorPlan Plan(string? setting, string? restarted, bool loaded, string? installed)
    {
        var wanted = string.IsNullOrWhiteSpace(setting) ? Jemalloc : setting.Trim().ToLowerInvariant();
        if (wanted == Glibc || loaded)
            return AllocatorPlan.Nothing;
        if (wanted != Jemalloc)
            return new AllocatorPlan(null, $"{Variable}='{setting}' is not an allocator; expected {Jemalloc} or {Glibc}. Using glibc's malloc.");
        if (installed is null)
            return AllocatorPlan.Nothing; // glibc with the memory policy: slower and larger, still correct
        if (restarted is not null)
            return new AllocatorPlan(null, $"{installed} was preloaded but does not serve malloc; using glibc's malloc.");
        return new AllocatorPlan(installed, null);
    }

    /// <summary>
    /// The .NET runtime listens on TMPDIR/dotnet-diagnostic-PID-KEY-socket and removes it at exit; execve is no exit, and
    /// the restarted runtime makes its own, so this one would be left behind in TMPDIR.
    /// </summary>
    private static void RemoveDiagnosticsSocket()
    {
        try
        {
            foreach (var socket in Directory.EnumerateFiles(Path.GetTempPath(), $"dotnet-diagnostic-{Environment.ProcessId}-*-socket"))
                File.Delete(socket);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Only litter: the restart matters more.
        }
    }

    /// <summary>The first libjemalloc.so.2 in the system's library folders that no other user can replace.</summary>
    internal static string? FindJemalloc()
    {
        var trust = PathTrust.ForCurrentUser();
        return LibraryFolders.Select(folder => Path.Combine(folder, JemallocLibrary))
            .FirstOrDefault(path => File.Exists(path) && trust.FindProblem(path, mustBePrivate: false) is null);
    }

    /// <summary>jemalloc exports mallctl; looked up in the global scope, where a preloaded library's symbols are.</summary>
    private static bool IsJemallocLoaded() =>
        OperatingSystem.IsLinux() && NativeLibrary.TryGetExport(NativeLibrary.GetMainProgramHandle(), "mallctl", out _);

    /// <summary>argv exactly as the process got it (apphost or <c>dotnet Denoising.Host.dll</c>).</summary>
    private static string[] ReadCommandLine()
    {
        try
        {
            var text = File.ReadAllText("/proc/self/cmdline", Encoding.UTF8);
            return text.Split('\0', StringSplitOptions.None) is { Length: > 1 } parts ? parts[..^1] : [];
        }
        catch (IOException)
        {
            return [];
        }
    }

    private static string?[] RestartEnvironment(string library)
    {
        var variables = Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(entry => (string)entry.Key, entry => (string?)entry.Value, StringComparer.Ordinal);
        variables["LD_PRELOAD"] = variables.TryGetValue("LD_PRELOAD", out var preload) && !string.IsNullOrEmpty(preload)
            ? $"{library}:{preload}"
            : library;
        variables.TryAdd("MALLOC_CONF", JemallocSettings);
        variables[RestartedVariable] = "1";
        return [.. variables.Select(pair => $"{pair.Key}={pair.Value}"), null];
    }

    [LibraryImport("libc.so.6", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int execve(string path, string?[] argv, string?[] envp);
}

/// <summary>The library to preload (null: stay), or a problem to report.</summary>
internal sealed record AllocatorPlan(string? Library, string? Problem)
{
    public static readonly AllocatorPlan Nothing = new(null, null);
}
