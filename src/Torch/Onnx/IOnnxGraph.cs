using static TorchSharp.torch;

namespace Denoising.Torch.Onnx;

/// <summary>
/// An ONNX graph under construction, as a network's module sees it while it exports itself (<see cref="IOnnxExportable"/>).
/// Values are named strings; the host writes the protobuf, so this library and its plugins stay free of it.
/// </summary>
public interface IOnnxGraph
{
    /// <summary>
    /// Adds <paramref name="module"/> applied to <paramref name="input"/>: a standard layer (convolution, batch norm in
    /// eval mode, ReLU, sigmoid, max pooling, nearest upsampling, linear, flatten, unflatten, sequential) or an
    /// <see cref="IOnnxExportable"/>; its weights are named <c>scope.weight</c> and so on, as in its state dict.
    /// </summary>
    /// <returns>The name of the module's output.</returns>
    /// <exception cref="NotSupportedException">A layer with no ONNX mapping here.</exception>
    string Add(nn.Module<Tensor, Tensor> module, string input, string scope);

    /// <summary>Adds one ONNX operator (opset 17) with the given attributes: long, float, string, long[] or float[].</summary>
    /// <returns>The name of its (first) output.</returns>
    string Node(string operatorType, IReadOnlyList<string> inputs, IReadOnlyDictionary<string, object>? attributes = null);

    /// <summary>Adds a constant tensor (float or long), a weight or a shape.</summary>
    /// <returns>Its name, <paramref name="name"/> made unique.</returns>
    string Constant(string name, Tensor value);
}

/// <summary>A module that writes its own forward pass into an ONNX graph (a custom module the host cannot map).</summary>
public interface IOnnxExportable
{
    /// <summary>Adds the module's forward pass on <paramref name="input"/>; <paramref name="scope"/> prefixes its weights' names.</summary>
    /// <returns>The name of its output.</returns>
    string AddTo(IOnnxGraph graph, string input, string scope);
}
