using Denoising.Torch.Onnx;
using TorchSharp;
using static TorchSharp.torch;

namespace Denoising.Torch;

/// <summary>
/// Runs a network on inputs zero-padded (bottom and right) to a multiple of <c>multiple</c> in height and width, then
/// crops the output back to the input size, so networks that halve the resolution several times accept any size.
/// </summary>
public sealed class PadToMultiple : nn.Module<Tensor, Tensor>, IOnnxExportable
{
    // TorchSharp registers submodules under their field names, which become the weight names in saved files.
    private readonly nn.Module<Tensor, Tensor> network;
    private readonly long _multiple;

    public PadToMultiple(nn.Module<Tensor, Tensor> network, long multiple) : base(nameof(PadToMultiple))
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(multiple, 1);
        this.network = network;
        _multiple = multiple;
        RegisterComponents();
    }

    public override Tensor forward(Tensor input)
    {
        long height = input.shape[^2], width = input.shape[^1];
        var padHeight = PaddingFor(height);
        var padWidth = PaddingFor(width);
        if (padHeight == 0 && padWidth == 0)
            return network.call(input);
        using var padded = nn.functional.pad(input, [0, padWidth, 0, padHeight]);
        using var output = network.call(padded);
        using var rows = output.narrow(-2, 0, height);
        return rows.narrow(-1, 0, width);
    }

    private long PaddingFor(long size) => (_multiple - size % _multiple) % _multiple;

    /// <summary>The same padding and crop computed from the input's shape at run time, so the graph takes any size.</summary>
    public string AddTo(IOnnxGraph graph, string input, string scope)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var size = graph.Node("Shape", [input], new Dictionary<string, object> { ["start"] = 2L }); // [height, width]
        using var multipleValue = tensor(new[] { _multiple, _multiple });
        var multiple = graph.Constant(OnnxScope.Child(scope, "multiple"), multipleValue);
        var remainder = graph.Node("Mod", [size, multiple]);
        var padding = graph.Node("Mod", [graph.Node("Sub", [multiple, remainder]), multiple]);
        // ONNX pads are all begins then all ends: nothing before, nothing after batch and channels, the padding after rows and columns.
        using var fixedPads = zeros(6, dtype: ScalarType.Int64);
        var pads = graph.Node("Concat", [graph.Constant(OnnxScope.Child(scope, "fixed_pads"), fixedPads), padding],
            new Dictionary<string, object> { ["axis"] = 0L });
        var output = graph.Add(network, graph.Node("Pad", [input, pads]), OnnxScope.Child(scope, nameof(network)));
        using var startsValue = zeros(2, dtype: ScalarType.Int64);
        using var axesValue = tensor(new[] { 2L, 3L });
        return graph.Node("Slice", [output, graph.Constant(OnnxScope.Child(scope, "starts"), startsValue), size,
            graph.Constant(OnnxScope.Child(scope, "axes"), axesValue)]);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            network.Dispose();
        base.Dispose(disposing);
    }
}
