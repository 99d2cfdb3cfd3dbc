using System.Reflection;
using ScottPlot;
using SkiaSharp;

namespace Denoising.Host.Reports.Charts;

/// <summary>
/// The one typeface every chart uses: DejaVu Sans, embedded in the host (licence in DejaVuSans-LICENSE.txt). SkiaSharp's
/// dependency-free Linux build finds fonts only in /usr/share/fonts, which a bare Debian image lacks: without its own
/// font a chart there would have no text at all, and with it charts look the same on every machine.
/// </summary>
public sealed class ChartFont : IFontResolver
{
    public const string Name = "Report Sans";

    private static readonly Lazy<SKData> Data = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Denoising.Host.Reports.Charts.DejaVuSans.ttf")
                           ?? throw new InvalidOperationException("the embedded chart font is missing from the host assembly");
        return SKData.Create(stream);
    });

    private static readonly Lazy<bool> Registered = new(() =>
    {
        Fonts.FontResolvers.Insert(0, new ChartFont());
        Fonts.Default = Name;
        return true;
    });

    /// <summary>Makes ScottPlot draw all text in the embedded font; once per process, thread-safe.</summary>
    public static void Register() => _ = Registered.Value;

    /// <summary>Every weight and slant of <see cref="Name"/> is the one embedded face (bold titles included).</summary>
    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
        CreateTypeface(fontName, false, false);

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        fontName == Name ? SKTypeface.FromData(Data.Value) : null;
}
