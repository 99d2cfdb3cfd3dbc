using System.Text.Json.Serialization;

namespace Denoising.Host.Output;

/// <summary>
/// Where the tiles of a <see cref="ComparisonGrid"/> PNG are (grids/STEP.json beside grids/STEP.png): one row per
/// image set, one column per shown image id, each tile <see cref="TileWidth"/> x <see cref="TileHeight"/> pixels with
/// <see cref="Gap"/> pixels between and around them.
/// </summary>
public sealed record ComparisonGridLayout(IReadOnlyList<string> Rows, IReadOnlyList<string> Ids, int TileWidth, int TileHeight, int Gap)
{
    [JsonIgnore]
    public int Width => Gap + Ids.Count * (TileWidth + Gap);

    [JsonIgnore]
    public int Height => Gap + Rows.Count * (TileHeight + Gap);

    public int TileLeft(int column) => Gap + column * (TileWidth + Gap);

    public int TileTop(int row) => Gap + row * (TileHeight + Gap);
}
