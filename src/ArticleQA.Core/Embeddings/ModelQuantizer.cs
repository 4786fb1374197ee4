using System.Runtime.InteropServices;
using Google.Protobuf;
using Onnx;

namespace ArticleQA.Core.Embeddings;

/// <summary>
/// 8-bit quantisation of an ONNX model's matrix products. Every <c>MatMul</c> whose second input is a
/// constant 2-D float matrix becomes an integer product (<c>MatMulInteger</c>, uint8 × int8, which
/// ONNX Runtime runs with its integer kernels):
/// <list type="bullet">
/// <item>the weights are stored as int8, symmetric, with one scale per output column;</item>
/// <item>the input is quantised at run time, symmetric, with one scale per row (per token): its
/// largest magnitude maps to 127, and it is shifted by 128 into uint8;</item>
/// <item>the integer result is scaled back to float by the column's and the row's scales.</item>
/// </list>
/// A scale per row, not one per run, keeps a text's vector independent of the texts it is batched
/// with, and is closer to the float model. Products of two activations (attention) and every other
/// node stay as they are. The same model always gives the same bytes.
/// </summary>
internal static class ModelQuantizer
{
    /// <summary>Raised whenever the rewrite changes, so that a quantised file kept from an earlier build is not used.</summary>
    public const int Version = 1;

    private const float Int8Max = 127f;
    private const string InverseMax = "quantise_inverse_127";
    private const string SmallestScale = "quantise_smallest_scale";
    private const string Shift = "quantise_shift_128";
    private const string ShiftZeroPoint = "quantise_zero_point_128";

    /// <summary>The quantised model's bytes.</summary>
    public static byte[] Quantize(ReadOnlySpan<byte> model)
    {
        var proto = ModelProto.Parser.ParseFrom(model);
        Quantize(proto.Graph);
        return proto.ToByteArray();
    }

    /// <summary>How many matrix products of <paramref name="model"/> have constant float weights, and how many are integer ones.</summary>
    public static (int FloatWeights, int Integer) CountProducts(ReadOnlySpan<byte> model)
    {
        var graph = ModelProto.Parser.ParseFrom(model).Graph;
        var constants = graph.Initializer.Where(IsFloatMatrix).Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
        return (graph.Node.Count(n => n.OpType == "MatMul" && constants.Contains(n.Input[1])), graph.Node.Count(n => n.OpType == "MatMulInteger"));
    }

    private static void Quantize(GraphProto graph)
    {
        var weights = graph.Initializer.ToDictionary(i => i.Name, StringComparer.Ordinal);
        var quantisedInputs = new Dictionary<string, QuantisedInput>(StringComparer.Ordinal);
        var quantisedWeights = new Dictionary<string, QuantisedWeight>(StringComparer.Ordinal);
        var nodes = new List<NodeProto>(graph.Node.Count);
        foreach (var node in graph.Node)
        {
            if (node.OpType != "MatMul" || !weights.TryGetValue(node.Input[1], out var weight) || !IsFloatMatrix(weight))
            {
                nodes.Add(node);
                continue;
            }

            var input = node.Input[0];
            if (!quantisedInputs.TryGetValue(input, out var quantisedInput))
            {
                quantisedInput = new QuantisedInput($"{input}_uint8", $"{input}_row_scale");
                nodes.AddRange(QuantiseRows(input, quantisedInput));
                quantisedInputs[input] = quantisedInput;
            }

            if (!quantisedWeights.TryGetValue(weight.Name, out var quantisedWeight))
            {
                quantisedWeight = QuantiseColumns(weight);
                graph.Initializer.Add(quantisedWeight.Values);
                graph.Initializer.Add(quantisedWeight.ZeroPoint);
                graph.Initializer.Add(quantisedWeight.Scale);
                quantisedWeights[weight.Name] = quantisedWeight;
            }

            var output = node.Output[0];
            var name = node.Name.Length > 0 ? node.Name : output;
            nodes.Add(Node("MatMulInteger", $"{name}_integer", [quantisedInput.Values, quantisedWeight.Values.Name, ShiftZeroPoint, quantisedWeight.ZeroPoint.Name], [$"{output}_int32"]));
            nodes.Add(Cast($"{name}_to_float", $"{output}_int32", $"{output}_unscaled", TensorProto.Types.DataType.Float));
            // Column scales first, then row scales: ONNX Runtime fuses the first Mul into its integer product.
            nodes.Add(Node("Mul", $"{name}_column_scale", [$"{output}_unscaled", quantisedWeight.Scale.Name], [$"{output}_column_scaled"]));
            nodes.Add(Node("Mul", $"{name}_row_scale", [$"{output}_column_scaled", quantisedInput.Scale], [output]));
        }

        foreach (var name in quantisedWeights.Keys) graph.Initializer.Remove(weights[name]);
        if (quantisedWeights.Count > 0)
        {
            graph.Initializer.Add(Tensor(InverseMax, TensorProto.Types.DataType.Float, BitConverter.GetBytes(1f / Int8Max)));
            graph.Initializer.Add(Tensor(SmallestScale, TensorProto.Types.DataType.Float, BitConverter.GetBytes(1e-12f)));
            graph.Initializer.Add(Tensor(Shift, TensorProto.Types.DataType.Float, BitConverter.GetBytes(128f)));
            graph.Initializer.Add(Tensor(ShiftZeroPoint, TensorProto.Types.DataType.Uint8, [128]));
        }

        graph.Node.Clear();
        graph.Node.AddRange(nodes);
    }

    // scale = max(|x| over the last axis, 1e-12) / 127; values = uint8(round(x / scale) + 128).
    private static IEnumerable<NodeProto> QuantiseRows(string input, QuantisedInput quantised)
    {
        yield return Node("Abs", $"{input}_abs", [input], [$"{input}_abs"]);
        var max = Node("ReduceMax", $"{input}_row_max", [$"{input}_abs"], [$"{input}_row_max"]);
        max.Attribute.Add(new AttributeProto { Name = "axes", Type = AttributeProto.Types.AttributeType.Ints, Ints = { -1 } });
        max.Attribute.Add(new AttributeProto { Name = "keepdims", Type = AttributeProto.Types.AttributeType.Int, I = 1 });
        yield return max;
        yield return Node("Mul", $"{input}_row_scale_raw", [$"{input}_row_max", InverseMax], [$"{input}_row_scale_raw"]);
        yield return Node("Max", $"{input}_row_scale", [$"{input}_row_scale_raw", SmallestScale], [quantised.Scale]);
        yield return Node("Div", $"{input}_scaled", [input, quantised.Scale], [$"{input}_scaled"]);
        yield return Node("Round", $"{input}_rounded", [$"{input}_scaled"], [$"{input}_rounded"]);
        yield return Node("Add", $"{input}_shifted", [$"{input}_rounded", Shift], [$"{input}_shifted"]);
        yield return Cast($"{input}_to_uint8", $"{input}_shifted", quantised.Values, TensorProto.Types.DataType.Uint8);
    }

    private static bool IsFloatMatrix(TensorProto tensor) =>
        tensor.Dims.Count == 2 && tensor.DataType == (int)TensorProto.Types.DataType.Float && tensor.DataLocation != TensorProto.Types.DataLocation.External;

    private static QuantisedWeight QuantiseColumns(TensorProto weight)
    {
        int rows = checked((int)weight.Dims[0]), columns = checked((int)weight.Dims[1]);
        var values = weight.RawData.Length > 0 ? MemoryMarshal.Cast<byte, float>(weight.RawData.Span) : weight.FloatData.ToArray();
        var scales = new float[columns];
        for (var r = 0; r < rows; r++)
            for (var c = 0; c < columns; c++)
                scales[c] = Math.Max(scales[c], Math.Abs(values[r * columns + c]));
        for (var c = 0; c < columns; c++) scales[c] = scales[c] > 0 ? scales[c] / Int8Max : 1f;

        var quantised = new byte[rows * columns];
        for (var r = 0; r < rows; r++)
            for (var c = 0; c < columns; c++)
                quantised[r * columns + c] = unchecked((byte)(sbyte)Math.Clamp(MathF.Round(values[r * columns + c] / scales[c]), -Int8Max, Int8Max));

        return new QuantisedWeight(
            Tensor($"{weight.Name}_int8", TensorProto.Types.DataType.Int8, quantised, rows, columns),
            Tensor($"{weight.Name}_zero_point", TensorProto.Types.DataType.Int8, new byte[columns], columns),
            Tensor($"{weight.Name}_column_scale", TensorProto.Types.DataType.Float, MemoryMarshal.AsBytes(scales.AsSpan()).ToArray(), columns));
    }

    private static TensorProto Tensor(string name, TensorProto.Types.DataType type, byte[] data, params long[] dims)
    {
        var tensor = new TensorProto { Name = name, DataType = (int)type, RawData = ByteString.CopyFrom(data) };
        tensor.Dims.AddRange(dims);
        return tensor;
    }

    private static NodeProto Cast(string name, string input, string output, TensorProto.Types.DataType to)
    {
        var cast = Node("Cast", name, [input], [output]);
        cast.Attribute.Add(new AttributeProto { Name = "to", Type = AttributeProto.Types.AttributeType.Int, I = (long)to });
        return cast;
    }

    private static NodeProto Node(string op, string name, string[] inputs, string[] outputs)
    {
        var node = new NodeProto { OpType = op, Name = name };
        node.Input.AddRange(inputs);
        node.Output.AddRange(outputs);
        return node;
    }

    private sealed record QuantisedInput(string Values, string Scale);

    private sealed record QuantisedWeight(TensorProto Values, TensorProto ZeroPoint, TensorProto Scale);
}
