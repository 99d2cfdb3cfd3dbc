namespace Denoising.Native;

/// <summary>
/// Decides whether another local user could change what a path names: the rule OpenSSH applies to its keys.
/// Every folder on the way (after resolving links) must be owned by root or the user and writable by nobody else,
/// except a sticky folder such as /tmp, where others may add entries but not rename or delete the user's. The path
/// itself must be owned by the user or root and writable by nobody else (or, for private folders, readable by
/// nobody else either), and may not be a link.
/// </summary>
public sealed class PathTrust(uint userId)
{
    private const uint RootId = 0;

    public static PathTrust ForCurrentUser() => new(UnixFileStatus.CurrentUserId);

    public uint UserId { get; } = userId;

    /// <summary>Why <paramref name="path"/> cannot be trusted, or null when it can (or does not exist yet, see
    /// <see cref="CheckAncestors"/>).</summary>
    /// <param name="mustBePrivate">The path must be owned by the user with no access for anyone else (mode 0700).</param>
    public string? FindProblem(string path, bool mustBePrivate)
    {
        var full = Path.GetFullPath(path);
        if (CheckAncestors(full) is { } ancestorProblem)
            return ancestorProblem;
        return FindEntryProblem(full, mustBePrivate);
    }

    /// <summary>Like <see cref="FindProblem"/> for the entry itself only, when its folder was checked already.</summary>
    public string? FindEntryProblem(string path, bool mustBePrivate) =>
        UnixFileStatus.OfPath(path) is { } status ? CheckOwnEntry(path, status, mustBePrivate) : null;

    /// <summary>Why the folders above <paramref name="path"/> let others swap it, or null.</summary>
    public string? CheckAncestors(string path)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(path));
        if (parent is null)
            return null;
        var real = RealPaths.Of(parent);
        if (real is null)
            return $"its folder '{parent}' does not exist";
        for (var folder = real; folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (UnixFileStatus.OfPath(folder) is not { } status)
                return $"'{folder}' does not exist";
            if (status.OwnerId != RootId && status.OwnerId != UserId)
                return $"'{folder}' belongs to user {status.OwnerId}, not to root or this user ({UserId})";
            if (status.WritableByOthers && !status.IsSticky)
                return $"'{folder}' is writable by other users ({Octal(status)})";
        }
        return null;
    }

    private string? CheckOwnEntry(string path, UnixFileStatus status, bool mustBePrivate)
    {
        if (status.Kind == UnixFileKind.SymbolicLink)
            return $"'{path}' is a symbolic link";
        if (mustBePrivate)
        {
            if (status.OwnerId != UserId)
                return $"'{path}' belongs to user {status.OwnerId}, not to this user ({UserId})";
            if (!status.IsPrivate)
                return $"'{path}' is open to other users ({Octal(status)}; expected 0700)";
            return null;
        }
        if (status.OwnerId != RootId && status.OwnerId != UserId)
            return $"'{path}' belongs to user {status.OwnerId}, not to root or this user ({UserId})";
        if (status.WritableByOthers)
            return $"'{path}' is writable by other users ({Octal(status)})";
        return null;
    }

    private static string Octal(UnixFileStatus status) => "mode " + Convert.ToString((int)status.Permissions, 8).PadLeft(4, '0');
}
