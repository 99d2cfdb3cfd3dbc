using Denoising.Torch.Onnx;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Denoising.Host.Models.Onnx;

/// <summary>
/// ONNX operators (opset 17) for the standard TorchSharp layers the in-tree networks are made of, each computing what
/// the layer computes in eval mode; any other layer is refused by name rather than exported wrong.
/// </summary>
internal static class OnnxLayers
{
    public static string Add(OnnxGraphBuilder graph, nn.Module<Tensor, Tensor> module, string input, string scope) => module switch
    {
        Sequential sequential => sequential.named_children().Aggregate(input, (value, child) =>
            graph.Add((nn.Module<Tensor, Tensor>)child.module, value, OnnxScope.Child(scope, child.name))),
        ConvTranspose2d convolution => Convolution(graph, "ConvTranspose", convolution, input, scope),
        Conv2d convolution => Convolution(graph, "Conv", convolution, input, scope),
        BatchNorm2d norm => BatchNorm(graph, norm, input, scope),
        ReLU => graph.Node("Relu", [input]),
        Sigmoid => graph.Node("Sigmoid", [input]),
        MaxPool2d pool => graph.Node("MaxPool", [input], new Dictionary<string, object>
        {
            ["kernel_shape"] = pool.kernel_size,
            ["strides"] = pool.stride ?? pool.kernel_size,
            ["pads"] = BeginsAndEnds(pool.padding ?? [0, 0]),
            ["dilations"] = pool.dilation ?? [1, 1],
            ["ceil_mode"] = pool.ceil_mode ? 1L : 0L,
        }),
        Upsample upsample => Upsampling(graph, upsample, input, scope),
        Linear linear => Linear(graph, linear, input, scope),
        Flatten { start_dim: 1, end_dim: -1 } => graph.Node("Flatten", [input], new Dictionary<string, object> { ["axis"] = 1L }),
        Unflatten { dim: 1 } unflatten => Unflatten(graph, unflatten, input, scope),
        _ => throw new NotSupportedException(
            $"'{scope}' is a {module.GetType().Name}, which ONNX export does not map; a custom module implements {nameof(IOnnxExportable)}."),
    };

    private static string Convolution(OnnxGraphBuilder graph, string operatorType, Convolution convolution, string input, string scope)
    {
        if (convolution.padding_type is not null || convolution.padding_mode != PaddingModes.Zeros)
            throw new NotSupportedException($"'{scope}' pads by {convolution.padding_type?.ToString() ?? convolution.padding_mode.ToString()}; ONNX export maps explicit zero padding only.");
        var attributes = new Dictionary<string, object>
        {
            ["kernel_shape"] = convolution.kernel_size,
            ["strides"] = convolution.stride,
            ["pads"] = BeginsAndEnds(convolution.padding ?? [0, 0]),
            ["dilations"] = convolution.dilation,
            ["group"] = convolution.groups,
        };
        if (convolution.transposed)
            attributes["output_padding"] = convolution.output_padding;
        return graph.Node(operatorType, WeightAndBias(graph, convolution.weight, convolution.bias, input, scope), attributes);
    }

    private static string BatchNorm(OnnxGraphBuilder graph, BatchNorm2d norm, string input, string scope)
    {
        if (norm.running_mean is null || norm.running_var is null)
            throw new NotSupportedException($"'{scope}' keeps no running statistics, so its eval output depends on the batch.");
        using var ones = torch.ones(norm.num_features);
        using var zeros = torch.zeros(norm.num_features);
        string[] inputs =
        [
            input,
            graph.Constant(OnnxScope.Child(scope, "weight"), norm.weight ?? ones),
            graph.Constant(OnnxScope.Child(scope, "bias"), norm.bias ?? zeros),
            graph.Constant(OnnxScope.Child(scope, "running_mean"), norm.running_mean),
            graph.Constant(OnnxScope.Child(scope, "running_var"), norm.running_var),
        ];
        return graph.Node("BatchNormalization", inputs, new Dictionary<string, object> { ["epsilon"] = (float)norm.eps });
    }

    private static string Upsampling(OnnxGraphBuilder graph, Upsample upsample, string input, string scope)
    {
        if (upsample.mode != UpsampleMode.Nearest || upsample.scale_factor.Length != 2)
            throw new NotSupportedException($"'{scope}' upsamples by {upsample.mode}; ONNX export maps nearest by a scale factor only.");
        using var scales = torch.tensor(new[] { 1f, 1f, (float)upsample.scale_factor[0], (float)upsample.scale_factor[1] });
        // PyTorch's nearest takes source pixel floor(x / scale): ONNX's asymmetric transform with floor rounding.
        return graph.Node("Resize", [input, "", graph.Constant(OnnxScope.Child(scope, "scales"), scales)], new Dictionary<string, object>
        {
            ["mode"] = "nearest",
            ["coordinate_transformation_mode"] = "asymmetric",
            ["nearest_mode"] = "floor",
        });
    }

    private static string Linear(OnnxGraphBuilder graph, Linear linear, string input, string scope)
    {
        graph.SizeBound = true;
        return graph.Node("Gemm", WeightAndBias(graph, linear.weight!, linear.bias, input, scope),
            new Dictionary<string, object> { ["transB"] = 1L });
    }

    private static string Unflatten(OnnxGraphBuilder graph, Unflatten unflatten, string input, string scope)
    {
        using var shape = torch.tensor(unflatten.unflattened_size.Prepend(0).ToArray()); // 0 keeps the batch size
        return graph.Node("Reshape", [input, graph.Constant(OnnxScope.Child(scope, "shape"), shape)]);
    }

    private static string[] WeightAndBias(OnnxGraphBuilder graph, Tensor? weight, Tensor? bias, string input, string scope)
    {
        var weightName = graph.Constant(OnnxScope.Child(scope, "weight"),
            weight ?? throw new NotSupportedException($"'{scope}' has no weight."));
        return bias is null ? [input, weightName] : [input, weightName, graph.Constant(OnnxScope.Child(scope, "bias"), bias)];
    }

    /// <summary>PyTorch pads both sides of each dimension alike; ONNX lists all begins, then all ends.</summary>
    private static long[] BeginsAndEnds(long[] padding) => [.. padding, .. padding];
}
