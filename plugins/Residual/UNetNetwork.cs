using Denoising.Torch.Onnx;
using TorchSharp;
using static TorchSharp.torch;

namespace Denoising.Plugins.Residual;

/// <summary>
/// A U-Net of residual blocks after DRUNet (Zhang et al. 2021): a head conv; per level residual blocks then a 2x2
/// stride-2 conv down to the next level's channels; residual blocks at the bottom; per level a 2x2 stride-2 transposed
/// conv up, added to the skip of the same level, then residual blocks; a tail conv back to the image channels. No
/// biases, as DRUNet. Unlike DRUNet it predicts the noise (output = input - estimate, not clamped) and takes no
/// noise-level map. Height and width must be multiples of <see cref="SizeMultiple"/>.
/// </summary>
public sealed class UNetNetwork : nn.Module<Tensor, Tensor>, IOnnxExportable
{
    /// <summary>Levels beyond this would halve small images away.</summary>
    public const int MaxLevels = 6;

    private readonly nn.Module<Tensor, Tensor> head;
    private readonly TorchSharp.Modules.ModuleList<nn.Module<Tensor, Tensor>> down;
    private readonly nn.Module<Tensor, Tensor> bottom;
    private readonly TorchSharp.Modules.ModuleList<nn.Module<Tensor, Tensor>> up;
    private readonly nn.Module<Tensor, Tensor> tail;

    public UNetNetwork(long channels, UNetOptions options) : base(nameof(UNetNetwork))
    {
        ArgumentNullException.ThrowIfNull(options);
        var widths = options.Channels;
        head = nn.Conv2d(channels, widths[0], 3, padding: 1, bias: false);
        down = nn.ModuleList<nn.Module<Tensor, Tensor>>();
        up = nn.ModuleList<nn.Module<Tensor, Tensor>>();
        for (var level = 0; level < widths.Length - 1; level++)
        {
            down.Add(nn.Sequential(Blocks(widths[level], options.Blocks)
                .Append(nn.Conv2d(widths[level], widths[level + 1], 2, stride: 2, bias: false))));
            up.Add(nn.Sequential(Blocks(widths[level], options.Blocks)
                .Prepend(nn.ConvTranspose2d(widths[level + 1], widths[level], 2, stride: 2, bias: false))));
        }
        bottom = nn.Sequential(Blocks(widths[^1], options.Blocks));
        tail = nn.Conv2d(widths[0], channels, 3, padding: 1, bias: false);
        RegisterComponents();
    }

    /// <summary>The multiple of height and width a network with <paramref name="levels"/> levels needs: 2^(levels - 1).</summary>
    public static long SizeMultiple(int levels) => 1L << (levels - 1);

    public override Tensor forward(Tensor input)
    {
        using var scope = NewDisposeScope();
        var skips = new List<Tensor> { head.call(input) };
        foreach (var level in down)
            skips.Add(level.call(skips[^1]));
        var features = bottom.call(skips[^1]);
        for (var level = up.Count - 1; level >= 0; level--)
            features = up[level].call(features + skips[level + 1]);
        var noise = tail.call(features + skips[0]);
        return (input - noise).MoveToOuterDisposeScope();
    }

    /// <summary>The forward pass above, node by node.</summary>
    public string AddTo(IOnnxGraph graph, string input, string scope)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var skips = new List<string> { graph.Add(head, input, OnnxScope.Child(scope, nameof(head))) };
        for (var level = 0; level < down.Count; level++)
            skips.Add(graph.Add(down[level], skips[^1], OnnxScope.Child(scope, $"{nameof(down)}.{level}")));
        var features = graph.Add(bottom, skips[^1], OnnxScope.Child(scope, nameof(bottom)));
        for (var level = up.Count - 1; level >= 0; level--)
            features = graph.Add(up[level], graph.Node("Add", [features, skips[level + 1]]), OnnxScope.Child(scope, $"{nameof(up)}.{level}"));
        var noise = graph.Add(tail, graph.Node("Add", [features, skips[0]]), OnnxScope.Child(scope, nameof(tail)));
        return graph.Node("Sub", [input, noise]);
    }

    private static IEnumerable<nn.Module<Tensor, Tensor>> Blocks(long channels, int count) =>
        Enumerable.Range(0, count).Select(_ => (nn.Module<Tensor, Tensor>)new ResidualBlock(channels));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            head.Dispose();
            down.Dispose();
            bottom.Dispose();
            up.Dispose();
            tail.Dispose();
        }
        base.Dispose(disposing);
    }
}
