using System.Runtime.InteropServices;
using Denoising.Torch.Onnx;
using Google.Protobuf;
using Onnx;
using static TorchSharp.torch;

namespace Denoising.Host.Models.Onnx;

/// <summary>
/// Builds an ONNX <see cref="GraphProto"/> (OnnxSharp's classes generated from onnx.proto) from a TorchSharp module
/// tree: standard layers through <see cref="OnnxLayers"/>, custom modules through <see cref="IOnnxExportable"/>.
/// </summary>
public sealed class OnnxGraphBuilder : IOnnxGraph
{
    private readonly HashSet<string> _names = [];
    private int _nodes;

    public GraphProto Graph { get; } = new();

    /// <summary>Whether a layer takes only the size the network was built for (a linear layer over all pixels).</summary>
    public bool SizeBound { get; set; }

    public string Add(nn.Module<Tensor, Tensor> module, string input, string scope)
    {
        ArgumentNullException.ThrowIfNull(module);
        if (module is IOnnxExportable exportable)
            return exportable.AddTo(this, input, scope);
        if (module.training)
            throw new InvalidOperationException($"'{scope}' is in training mode; export a network in eval mode.");
        return OnnxLayers.Add(this, module, input, scope);
    }

    public string Node(string operatorType, IReadOnlyList<string> inputs, IReadOnlyDictionary<string, object>? attributes = null) =>
        Node(operatorType, inputs, attributes, output: null);

    /// <param name="output">The output's name; a fresh one when null.</param>
    public string Node(string operatorType, IReadOnlyList<string> inputs, IReadOnlyDictionary<string, object>? attributes, string? output)
    {
        var name = Unique($"{operatorType}_{_nodes++}");
        output = output is null ? name : Unique(output);
        var node = new NodeProto { Name = name, OpType = operatorType, Output = { output } };
        node.Input.AddRange(inputs);
        foreach (var (key, value) in attributes ?? new Dictionary<string, object>())
            node.Attribute.Add(Attribute(key, value));
        Graph.Node.Add(node);
        return output;
    }

    public string Constant(string name, Tensor value)
    {
        ArgumentNullException.ThrowIfNull(value);
        using var scope = NewDisposeScope();
        var onCpu = value.detach().cpu().contiguous();
        var proto = new TensorProto { Name = Unique(name) };
        proto.Dims.AddRange(onCpu.shape);
        (proto.DataType, proto.RawData) = onCpu.dtype switch
        {
            // ONNX raw data is little-endian, as every platform .NET and libtorch run on.
            ScalarType.Float32 => ((int)TensorProto.Types.DataType.Float, ByteString.CopyFrom(MemoryMarshal.AsBytes(onCpu.data<float>().ToArray().AsSpan()))),
            ScalarType.Int64 => ((int)TensorProto.Types.DataType.Int64, ByteString.CopyFrom(MemoryMarshal.AsBytes(onCpu.data<long>().ToArray().AsSpan()))),
            _ => throw new NotSupportedException($"'{name}' is {onCpu.dtype}; ONNX export writes float32 and int64 tensors."),
        };
        Graph.Initializer.Add(proto);
        return proto.Name;
    }

    private string Unique(string name)
    {
        var unique = name;
        for (var suffix = 1; !_names.Add(unique); suffix++)
            unique = $"{name}_{suffix}";
        return unique;
    }

    private static AttributeProto Attribute(string name, object value)
    {
        var attribute = new AttributeProto { Name = name };
        switch (value)
        {
            case long integer:
                (attribute.Type, attribute.I) = (AttributeProto.Types.AttributeType.Int, integer);
                break;
            case float real:
                (attribute.Type, attribute.F) = (AttributeProto.Types.AttributeType.Float, real);
                break;
            case string text:
                (attribute.Type, attribute.S) = (AttributeProto.Types.AttributeType.String, ByteString.CopyFromUtf8(text));
                break;
            case long[] integers:
                attribute.Type = AttributeProto.Types.AttributeType.Ints;
                attribute.Ints.AddRange(integers);
                break;
            case float[] reals:
                attribute.Type = AttributeProto.Types.AttributeType.Floats;
                attribute.Floats.AddRange(reals);
                break;
            default:
                throw new ArgumentException($"Attribute '{name}' is a {value?.GetType().Name ?? "null"}; expected long, float, string, long[] or float[].", nameof(value));
        }
        return attribute;
    }
}
