using System.Text.Json;
using Denoising.Host.Output;
using Google.Protobuf;
using Onnx;
using static TorchSharp.torch;

namespace Denoising.Host.Models.Onnx;

/// <summary>
/// Writes a denoiser's network as an ONNX model (opset 17): input <c>input</c> and output <c>output</c>, float32
/// <c>[batch, channels, height, width]</c> in [0, 1], the output clamped to [0, 1] as the framework clamps it when
/// denoising. Height and width are free unless a layer fixes them (a dense network). The model description travels
/// inside, as metadata <see cref="DescriptionKey"/>, so the file stands alone in any ONNX runtime.
/// </summary>
public static class OnnxModelFile
{
    public const string Format = "onnx";
    public const string DescriptionKey = "denoising.description";
    public const string InputName = "input";
    public const string OutputName = "output";

    private const int OperatorSetVersion = 17;

    /// <summary>The IR version that opset 17 came with (ONNX 1.12).</summary>
    private const long IrVersion = 8;

    /// <exception cref="NotSupportedException">A layer of the network has no ONNX mapping.</exception>
    public static void Write(string path, nn.Module<Tensor, Tensor> network, ModelDescription description)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(description);
        network.eval();
        var builder = new OnnxGraphBuilder();
        var denoised = builder.Add(network, InputName, scope: "");
        using var low = tensor(0f);
        using var high = tensor(1f);
        builder.Node("Clip", [denoised, builder.Constant("clip_min", low), builder.Constant("clip_max", high)], null, OutputName);

        var graph = builder.Graph;
        graph.Name = description.DenoiserType;
        var (height, width) = builder.SizeBound
            ? (Dimension(description.Height), Dimension(description.Width))
            : (Dimension("height"), Dimension("width"));
        graph.Input.Add(ImageValue(InputName, Dimension(description.Channels), height, width));
        graph.Output.Add(ImageValue(OutputName, Dimension(description.Channels), height, width));
        var model = new ModelProto
        {
            IrVersion = IrVersion,
            ProducerName = "denoise",
            ProducerVersion = description.FrameworkVersion,
            DocString = $"{description.DenoiserType} denoiser: float32 [batch, channels, height, width] in [0, 1] to the same, denoised.",
            Graph = graph,
            OpsetImport = { new OperatorSetIdProto { Domain = "", Version = OperatorSetVersion } },
            MetadataProps = { new StringStringEntryProto { Key = DescriptionKey, Value = JsonSerializer.Serialize(description, JsonFiles.Options) } },
        };
        AtomicFile.Write(path, (Stream stream) => model.WriteTo(stream));
    }

    private static ValueInfoProto ImageValue(string name, params TensorShapeProto.Types.Dimension[] channelsHeightWidth)
    {
        var shape = new TensorShapeProto { Dim = { Dimension("batch") } };
        shape.Dim.AddRange(channelsHeightWidth);
        return new ValueInfoProto
        {
            Name = name,
            Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = (int)TensorProto.Types.DataType.Float, Shape = shape } },
        };
    }

    private static TensorShapeProto.Types.Dimension Dimension(long size) => new() { DimValue = size };

    private static TensorShapeProto.Types.Dimension Dimension(string name) => new() { DimParam = name };
}
