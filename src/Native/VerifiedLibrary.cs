using Microsoft.Win32.SafeHandles;

namespace Denoising.Native;

/// <summary>
/// A library file held open after its content was checked. <see cref="LoadPath"/> names the open file itself
/// (/proc/self/fd/N), so the loader maps exactly the bytes that were hashed even if the path is swapped afterwards.
/// </summary>
internal sealed class VerifiedLibrary(string path, SafeFileHandle handle) : IDisposable
{
    /// <summary>Where the file lies in the cache.</summary>
    public string Path { get; } = path;

    /// <summary>What to hand to the dynamic loader while this object is alive.</summary>
    public string LoadPath { get; } = Directory.Exists("/proc/self/fd") ? $"/proc/self/fd/{handle.DangerousGetHandle()}" : path;

    public void Dispose() => handle.Dispose();
}
