using System.Buffers.Binary;
using System.Collections;
using TorchSharp.PyBridge;
using static TorchSharp.torch;

namespace Denoising.Host.Models;

/// <summary>
/// A network's weights as a PyTorch state dict: <c>torch.save</c>'s zip format or safetensors, through
/// TorchSharp.PyBridge. Files from elsewhere are data (docs/security.md): PyBridge's unpickler builds tensors and plain
/// containers and runs no code, and only tensors are taken from what it returns.
/// </summary>
public static class StateDictFile
{
    public const string PyTorch = "pytorch";
    public const string Safetensors = "safetensors";

    private static readonly byte[] ZipSignature = [0x50, 0x4b, 0x03, 0x04];

    /// <summary>Pickle protocol 2 opening, as <c>torch.save</c> wrote before PyTorch 1.6 (not a zip).</summary>
    private const byte LegacyPickle = 0x80;

    /// <summary>Whether <paramref name="path"/> starts as a state dict of either format, rather than a framework weights file.</summary>
    public static bool IsStateDict(string path) => FormatOf(path) is not null;

    /// <summary>Writes <paramref name="stateDict"/> (tensors on any device) atomically in <paramref name="format"/>.</summary>
    public static void Write(string path, string format, IReadOnlyDictionary<string, Tensor> stateDict)
    {
        using var scope = NewDisposeScope();
        var onCpu = stateDict.ToDictionary(entry => entry.Key, entry => entry.Value.detach().cpu().contiguous());
        AtomicFile.Write(path, stream =>
        {
            switch (format)
            {
                case PyTorch:
                    PyTorchPickler.PickleStateDict(stream, onCpu, leaveOpen: true);
                    break;
                case Safetensors:
                    TorchSharp.PyBridge.Safetensors.SaveStateDict(stream, onCpu, leaveOpen: true);
                    break;
                default:
                    throw new ArgumentException($"Unknown state dict format '{format}'; expected {PyTorch} or {Safetensors}.", nameof(format));
            }
        });
    }

    /// <summary>The tensors of a state dict file of either format (told apart by their first bytes), on the CPU.</summary>
    /// <exception cref="InvalidDataException">The file is of neither format, or holds entries that are not tensors; the message names them.</exception>
    public static Dictionary<string, Tensor> Read(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"'{path}' does not exist.", path);
        var format = FormatOf(path) ?? throw new InvalidDataException(
            StartsWith(path, [LegacyPickle])
                ? $"'{path}' was written by torch.save before PyTorch 1.6 (a bare pickle, not a zip), which is not read: " +
                  "re-save it in Python with torch.save(torch.load(OLD, weights_only=True), NEW)."
                : $"'{path}' is neither a PyTorch state dict (torch.save's zip format) nor a safetensors file.");
        try
        {
            return format == PyTorch ? ReadPyTorch(path) : TorchSharp.PyBridge.Safetensors.LoadStateDict(path);
        }
        catch (Exception error) when (error is not (InvalidDataException or OutOfMemoryException or OperationCanceledException))
        {
            throw new InvalidDataException($"'{path}' is not a readable {format} state dict: {error.Message}", error);
        }
    }

    private static Dictionary<string, Tensor> ReadPyTorch(string path)
    {
        using var stream = File.OpenRead(path);
        var root = PyTorchUnpickler.UnpickleStateDict(stream);
        var tensors = new Dictionary<string, Tensor>(StringComparer.Ordinal);
        var others = new List<string>();
        foreach (DictionaryEntry entry in root)
        {
            var key = entry.Key as string ?? $"{entry.Key}";
            if (entry.Value is Tensor tensor)
                tensors[key] = tensor;
            else
                others.Add($"{key} ({entry.Value?.GetType().Name ?? "None"})");
        }
        if (others.Count > 0)
        {
            foreach (var tensor in tensors.Values)
                tensor.Dispose();
            throw new InvalidDataException(
                $"'{path}' is not a flat state dict of tensors: {StateDictMatch.List(others)} are not tensors " +
                "(a checkpoint that wraps the state dict, e.g. under 'params' or 'state_dict', must be unwrapped first).");
        }
        return tensors;
    }

    private static string? FormatOf(string path)
    {
        if (StartsWith(path, ZipSignature))
            return PyTorch;
        // safetensors: an 8-byte little-endian header length, then the JSON header.
        using var stream = File.OpenRead(path);
        Span<byte> start = stackalloc byte[9];
        if (stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false) < start.Length)
            return null;
        var headerLength = BinaryPrimitives.ReadUInt64LittleEndian(start);
        return start[8] == (byte)'{' && headerLength < (ulong)stream.Length ? Safetensors : null;
    }

    private static bool StartsWith(string path, byte[] signature)
    {
        using var stream = File.OpenRead(path);
        Span<byte> start = stackalloc byte[signature.Length];
        return stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false) == start.Length && start.SequenceEqual(signature);
    }
}
