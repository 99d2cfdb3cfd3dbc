using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Denoising.Native;

/// <summary>What the file system says about a path or an open file: kind, owner and permissions.</summary>
/// <remarks>
/// .NET exposes permissions (<see cref="File.GetUnixFileMode(string)"/>) but not the owner, and follows links; this
/// reads both through Linux's statx, whose structure is the same on every architecture (no per-platform layout of
/// struct stat to mirror). Written here rather than taken from a library: Mono.Unix, the one candidate, is an
/// unmaintained prerelease that brings its own native library.
/// </remarks>
internal readonly record struct UnixFileStatus(UnixFileKind Kind, uint OwnerId, UnixFileMode Permissions)
{
    private const int AtCurrentDirectory = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxTypeModeOwner = 0x1 | 0x2 | 0x8; // STATX_TYPE | STATX_MODE | STATX_UID
    private const int StatxSize = 256;
    private const int OwnerOffset = 20;
    private const int ModeOffset = 28;

    /// <summary>Whether users other than the owner (its group, or anyone) may write.</summary>
    public bool WritableByOthers => (Permissions & (UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) != 0;

    /// <summary>Whether anyone but the owner has any access at all (mode 0700 or stricter).</summary>
    public bool IsPrivate => (Permissions & (UnixFileMode)0b000_111_111) == 0;

    public bool IsSticky => (Permissions & UnixFileMode.StickyBit) != 0;

    /// <summary>The status of <paramref name="path"/> itself (a link is reported as a link); null when it does not exist.</summary>
    public static UnixFileStatus? OfPath(string path) => Read(AtCurrentDirectory, path, AtSymlinkNoFollow, path);

    /// <summary>The status of an open file.</summary>
    public static UnixFileStatus OfHandle(SafeFileHandle handle, string pathForMessages)
    {
        var added = false;
        handle.DangerousAddRef(ref added);
        try
        {
            return Read((int)handle.DangerousGetHandle(), "", AtEmptyPath, pathForMessages)
                   ?? throw new IOException($"'{pathForMessages}' vanished while open.");
        }
        finally
        {
            if (added)
                handle.DangerousRelease();
        }
    }

    /// <summary>The effective user id of this process.</summary>
    public static uint CurrentUserId => geteuid();

    private static unsafe UnixFileStatus? Read(int directoryDescriptor, string path, int flags, string pathForMessages)
    {
        var buffer = stackalloc byte[StatxSize];
        if (statx(directoryDescriptor, path, flags, StatxTypeModeOwner, buffer) != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            const int NoEntry = 2, NotDirectory = 20;
            if (errno is NoEntry or NotDirectory)
                return null;
            throw new IOException($"Cannot read the status of '{pathForMessages}': {Marshal.GetPInvokeErrorMessage(errno)}.");
        }
        var owner = *(uint*)(buffer + OwnerOffset);
        var mode = *(ushort*)(buffer + ModeOffset);
        var kind = (mode & 0xF000) switch
        {
            0x4000 => UnixFileKind.Directory,
            0x8000 => UnixFileKind.File,
            0xA000 => UnixFileKind.SymbolicLink,
            _ => UnixFileKind.Other,
        };
        return new UnixFileStatus(kind, owner, (UnixFileMode)(mode & 0xFFF));
    }

    [DllImport("libc", SetLastError = true)]
    private static extern unsafe int statx(int directoryDescriptor, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte* buffer);

    [DllImport("libc")]
    private static extern uint geteuid();
}

internal enum UnixFileKind
{
    File,
    Directory,
    SymbolicLink,
    Other,
}
