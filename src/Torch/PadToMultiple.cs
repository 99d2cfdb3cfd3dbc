using TorchSharp;
using static TorchSharp.torch;

namespace Denoising.Torch;

/// <summary>
/// Runs a network on inputs zero-padded (bottom and right) to a multiple of <c>multiple</c> in height and width, then
/// crops the output back to the input size, so networks that halve the resolution several times accept any size.
/// </summary>
public sealed class PadToMultiple : nn.Module<Tensor, Tensor>
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

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            network.Dispose();
        base.Dispose(disposing);
    }
}
