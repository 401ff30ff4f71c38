using Google.Protobuf;
using NUnit.Framework;
using QwenEval.Engine.Footprint;
using QwenEval.Synthetic;
using QwenEval.Engine.Onnx.Proto;
using QwenEval.Tests.Support;
using QwenEval.Harness.Cli;

namespace QwenEval.Tests.Engine.Footprint;
public class OnnxMetadataReaderTests
{
    private static string TinyQwen35 => Path.Combine(TestPaths.Root, "models", "tiny-qwen35", "model.onnx");

    /// <summary>The streaming reader sees what the generated protobuf classes see when they parse the whole file.</summary>
    [Test]
    public void AgreesWithTheGeneratedOnnxClasses()
    {
        var full = ModelProto.Parser.ParseFrom(File.ReadAllBytes(TinyQwen35));
        var meta = OnnxMetadataReader.Read(TinyQwen35);

        Assert.That(meta.Inputs.Select(i => i.Name), Is.EqualTo(full.Graph.Input.Select(i => i.Name)));
        Assert.That(meta.Outputs.Select(o => o.Name), Is.EqualTo(full.Graph.Output.Select(o => o.Name)));
        Assert.That(meta.Inputs.Select(i => i.ElementType), Is.EqualTo(full.Graph.Input.Select(i => i.Type.TensorType.ElemType)));
        Assert.That(meta.Nodes.Select(n => n.OpType), Is.EqualTo(full.Graph.Node.Select(n => n.OpType)));
        Assert.That(meta.Nodes.Select(n => n.Domain), Is.EqualTo(full.Graph.Node.Select(n => n.Domain)));
        Assert.That(meta.Nodes.Select(n => n.Inputs), Is.EqualTo(full.Graph.Node.Select(n => n.Input.ToList())));
        Assert.That(meta.Opsets.Select(o => (o.Domain, o.Version)), Is.EqualTo(full.OpsetImport.Select(o => (o.Domain, o.Version))));
        Assert.That(meta.Initializers.Select(i => i.Name), Is.EqualTo(full.Graph.Initializer.Select(i => i.Name)));
        Assert.That(meta.Initializers.Select(i => i.Dims), Is.EqualTo(full.Graph.Initializer.Select(i => i.Dims.ToList())));
        Assert.That(meta.Initializers.Select(i => i.DataType), Is.EqualTo(full.Graph.Initializer.Select(i => i.DataType)));
        Assert.That(meta.Initializers.Select(i => i.InlineBytes), Is.EqualTo(full.Graph.Initializer.Select(i => (long?)i.RawData.Length)));
        // The shapes say how many bytes each tensor holds; inline raw data must agree.
        Assert.That(meta.Initializers.Select(i => i.Bytes), Is.EqualTo(meta.Initializers.Select(i => i.InlineBytes)));
        var conv = meta.Inputs.Single(i => i.Name == "past_key_values.0.conv_state");
        Assert.That(conv.Shape[0].Param, Is.Not.Null);
        Assert.That(conv.Shape.Skip(1).All(d => d.Value > 0));
    }

    [Test]
    public void ReadsExternalDataLocationsAndIntegerAttributes()
    {
        using var dir = new TempDir();
        var spec = DefaultSpecs.For(SyntheticArch.Qwen35) with { Int4 = true, ExternalDataThresholdBytes = ModelSizing.ExternalDataThresholdBytes };
        TinyModelGenerator.Generate(spec, dir.Path);
        var meta = OnnxMetadataReader.Read(Path.Combine(dir.Path, "model.onnx"));

        var external = meta.Initializers.Where(i => i.External is not null).ToList();
        Assert.That(external, Is.Not.Empty);
        Assert.That(external.Select(i => i.External!.Location).Distinct(), Is.EqualTo(new[] { "model.onnx.data" }));
        Assert.That(external.All(i => i.External!.Length == i.Bytes && i.External.Offset % 4096 == 0));
        var dataLength = new FileInfo(Path.Combine(dir.Path, "model.onnx.data")).Length;
        Assert.That(external.Max(i => i.External!.Offset + i.External.Length!.Value), Is.EqualTo(dataLength));

        var nbits = meta.Nodes.First(n => n.OpType == "MatMulNBits");
        Assert.That(nbits.Domain, Is.EqualTo("com.microsoft"));
        Assert.That(nbits.IntAttributes["bits"], Is.EqualTo(4));
        Assert.That(nbits.IntAttributes["block_size"], Is.EqualTo(32));
        Assert.That(nbits.IntAttributes["accuracy_level"], Is.EqualTo(4));
    }

    /// <summary>Metadata of a file with large inline weights costs a few kilobytes, not the weights.</summary>
    [Test]
    public void DoesNotReadTheWeights()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "big.onnx");
        var model = ModelProto.Parser.ParseFrom(File.ReadAllBytes(TinyQwen35));
        model.Graph.Initializer.Add(new TensorProto
        {
            Name = "big",
            DataType = OnnxTypes.Float,
            Dims = { 16, 1 << 20 },
            RawData = ByteString.CopyFrom(new byte[64 << 20]),
        });
        using (var stream = File.Create(path)) model.WriteTo(stream);
        model = null;
        GC.Collect();

        var before = GC.GetAllocatedBytesForCurrentThread();
        var meta = OnnxMetadataReader.Read(path);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.That(meta.Initializers.Single(i => i.Name == "big").Bytes, Is.EqualTo(64L << 20));
        Assert.That(allocated, Is.LessThan(4 << 20), "reading metadata allocated as if it read the weights");
    }

    [Test]
    public void ATruncatedOrForeignFileIsAnErrorNamingTheFile()
    {
        using var dir = new TempDir();
        var bytes = File.ReadAllBytes(TinyQwen35);
        foreach (var keep in new[] { bytes.Length / 2, bytes.Length - 3, 10 })
        {
            var path = Path.Combine(dir.Path, $"cut{keep}.onnx");
            File.WriteAllBytes(path, bytes[..keep]);
            var e = Assert.Throws<OnnxFormatException>(() => OnnxMetadataReader.Read(path))!;
            Assert.That(e.Message, Does.StartWith(path));
            Assert.That(e.Message, Does.Contain("truncated").Or.Contain("cut short"), $"kept {keep} bytes: {e.Message}");
        }
        var text = dir.File("notes.onnx", "this is not a model\n");
        Assert.Throws<OnnxFormatException>(() => OnnxMetadataReader.Read(text));
        var empty = dir.File("empty.onnx", "");
        Assert.That(Assert.Throws<OnnxFormatException>(() => OnnxMetadataReader.Read(empty))!.Message, Does.Contain("empty"));
    }
}
