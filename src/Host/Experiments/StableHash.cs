using System.Text;

namespace Denoising.Host.Experiments;

/// <summary>Seeds derived from names and numbers, identical across runs, machines and .NET versions.</summary>
public static class StableHash
{
    /// <summary>FNV-1a over the parts, folded to a non-negative int.</summary>
    public static int Combine(params object[] parts)
    {
        var hash = 14695981039346656037UL;
        foreach (var part in parts)
        {
            foreach (var b in Encoding.UTF8.GetBytes(part.ToString() + "\u001f"))
            {
                hash ^= b;
                hash *= 1099511628211UL;
            }
        }
        return (int)((hash ^ (hash >> 32)) & 0x7FFF_FFFF);
    }
}
