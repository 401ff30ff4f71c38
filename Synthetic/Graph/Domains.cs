namespace QwenEval.Synthetic.Graph;

/// <summary>Operator set domains the generated graphs import.</summary>
public static class Domains
{
    /// <summary>The default ONNX domain (written as the empty string).</summary>
    public const string Onnx = "";

    /// <summary>ONNX Runtime's contrib operators (GroupQueryAttention, MatMulNBits, LinearAttention, ...).</summary>
    public const string Microsoft = "com.microsoft";
}
