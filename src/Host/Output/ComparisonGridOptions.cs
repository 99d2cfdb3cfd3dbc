namespace Denoising.Host.Output;

/// <summary>Layout of a comparison grid.</summary>
public sealed record ComparisonGridOptions
{
    /// <summary>Most example images shown per row (the first ones by ordinal id order).</summary>
    public int Columns { get; init; } = 8;

    /// <summary>Each image pixel becomes a Scale x Scale block (nearest neighbour).</summary>
    public int Scale { get; init; } = 4;

    /// <summary>Largest height and width shown of an image; a larger one shows its centre.</summary>
    public int Crop { get; init; } = 128;

    /// <summary>Background pixels between tiles and around the grid.</summary>
    public int Gap { get; init; } = 2;

    public void Validate()
    {
        if (Columns < 1)
            throw new ArgumentException($"Comparison grid: columns must be at least 1, got {Columns}.");
        if (Scale < 1)
            throw new ArgumentException($"Comparison grid: scale must be at least 1, got {Scale}.");
        if (Crop < 1)
            throw new ArgumentException($"Comparison grid: crop must be at least 1, got {Crop}.");
        if (Gap < 0)
            throw new ArgumentException($"Comparison grid: gap must not be negative, got {Gap}.");
    }
}
