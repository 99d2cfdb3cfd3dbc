namespace Denoising.Host.Output;

/// <summary>
/// A 3x5 pixel font for grid labels (ImageSharp 2 has no text drawing without an extra package).
/// Letters are shown upper case; characters without a glyph are shown as '?'.
/// </summary>
public static class PixelFont
{
    public const int GlyphWidth = 3;
    public const int GlyphHeight = 5;

    /// <summary>Horizontal advance per character, in font pixels (glyph plus one blank column).</summary>
    public const int Advance = GlyphWidth + 1;

    // Rows top to bottom, '#' = ink.
    private static readonly Dictionary<char, string[]> Glyphs = new()
    {
        ['A'] = ["###", "#.#", "###", "#.#", "#.#"], ['B'] = ["##.", "#.#", "##.", "#.#", "##."],
        ['C'] = ["###", "#..", "#..", "#..", "###"], ['D'] = ["##.", "#.#", "#.#", "#.#", "##."],
        ['E'] = ["###", "#..", "##.", "#..", "###"], ['F'] = ["###", "#..", "##.", "#..", "#.."],
        ['G'] = ["###", "#..", "#.#", "#.#", "###"], ['H'] = ["#.#", "#.#", "###", "#.#", "#.#"],
        ['I'] = ["###", ".#.", ".#.", ".#.", "###"], ['J'] = ["..#", "..#", "..#", "#.#", "###"],
        ['K'] = ["#.#", "#.#", "##.", "#.#", "#.#"], ['L'] = ["#..", "#..", "#..", "#..", "###"],
        ['M'] = ["#.#", "###", "###", "#.#", "#.#"], ['N'] = ["##.", "#.#", "#.#", "#.#", "#.#"],
        ['O'] = ["###", "#.#", "#.#", "#.#", "###"], ['P'] = ["###", "#.#", "###", "#..", "#.."],
        ['Q'] = ["###", "#.#", "#.#", "###", "..#"], ['R'] = ["###", "#.#", "##.", "#.#", "#.#"],
        ['S'] = ["###", "#..", "###", "..#", "###"], ['T'] = ["###", ".#.", ".#.", ".#.", ".#."],
        ['U'] = ["#.#", "#.#", "#.#", "#.#", "###"], ['V'] = ["#.#", "#.#", "#.#", "#.#", ".#."],
        ['W'] = ["#.#", "#.#", "###", "###", "#.#"], ['X'] = ["#.#", "#.#", ".#.", "#.#", "#.#"],
        ['Y'] = ["#.#", "#.#", ".#.", ".#.", ".#."], ['Z'] = ["###", "..#", ".#.", "#..", "###"],
        ['0'] = ["###", "#.#", "#.#", "#.#", "###"], ['1'] = [".#.", "##.", ".#.", ".#.", "###"],
        ['2'] = ["###", "..#", "###", "#..", "###"], ['3'] = ["###", "..#", "###", "..#", "###"],
        ['4'] = ["#.#", "#.#", "###", "..#", "..#"], ['5'] = ["###", "#..", "###", "..#", "###"],
        ['6'] = ["###", "#..", "###", "#.#", "###"], ['7'] = ["###", "..#", "..#", "..#", "..#"],
        ['8'] = ["###", "#.#", "###", "#.#", "###"], ['9'] = ["###", "#.#", "###", "..#", "###"],
        ['-'] = ["...", "...", "###", "...", "..."], ['_'] = ["...", "...", "...", "...", "###"],
        ['.'] = ["...", "...", "...", "...", ".#."], [':'] = ["...", ".#.", "...", ".#.", "..."],
        ['('] = [".#.", "#..", "#..", "#..", ".#."], [')'] = [".#.", "..#", "..#", "..#", ".#."],
        [' '] = ["...", "...", "...", "...", "..."], ['?'] = ["###", "..#", ".##", "...", ".#."],
    };

    /// <summary>Width in font pixels of a text (no blank column after the last character).</summary>
    public static int Width(string text) => text.Length == 0 ? 0 : text.Length * Advance - 1;

    /// <summary>Whether the font pixel (x, y) of <paramref name="text"/> is ink.</summary>
    public static bool IsInk(string text, int x, int y)
    {
        if (x < 0 || y < 0 || y >= GlyphHeight || x >= Width(text) || x % Advance == GlyphWidth)
            return false;
        var character = char.ToUpperInvariant(text[x / Advance]);
        var glyph = Glyphs.TryGetValue(character, out var found) ? found : Glyphs['?'];
        return glyph[y][x % Advance] == '#';
    }
}
