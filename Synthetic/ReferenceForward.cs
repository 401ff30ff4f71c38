namespace QwenEval.Synthetic;

/// <summary>
/// An independent forward pass of a generated model in plain C# (no ONNX Runtime): recomputes the whole sequence
/// from scratch, with no caches or carried states. Tests compare it with the ONNX graph run step by step, which
/// proves both the graph and the cache/state plumbing. Written for clarity, not speed; batch of one.
/// </summary>
public sealed class ReferenceForward(GeneratedModel model)
{
    private readonly TinyModelSpec _spec = model.Spec;
    private readonly TinyModelWeights _w = model.Weights;

    /// <summary>Logits [position][vocab] for every position of the sequence.</summary>
    public float[][] Logits(IReadOnlyList<int> tokens)
    {
        int s = tokens.Count, h = _spec.HiddenSize;
        var residual = new float[s][];
        for (int t = 0; t < s; t++) residual[t] = _w.Embedding.AsSpan(tokens[t] * h, h).ToArray();
        for (int i = 0; i < _spec.NumLayers; i++)
        {
            var layer = _w.Layers[i];
            var normed = residual.Select(x => RmsNorm(x, layer.InputNorm)).ToArray();
            var attention = _spec.Arch == SyntheticArch.Qwen2 ? Qwen2Attention(layer, normed)
                : _spec.IsFullAttention(i) ? GatedFullAttention(layer, normed)
                : GatedDeltaNet(layer, normed);
            AddInPlace(residual, attention);
            normed = residual.Select(x => RmsNorm(x, layer.PostAttentionNorm)).ToArray();
            var mlp = normed.Select(x => _spec.Arch == SyntheticArch.Qwen35Moe ? MixtureOfExperts(layer, x)
                : SwiGlu(x, layer.GateProj!, layer.UpProj!, layer.DownProj!)).ToArray();
            AddInPlace(residual, mlp);
        }
        return residual.Select(x => Apply(_w.LmHead, RmsNorm(x, _w.FinalNorm))).ToArray();
    }

    private float[][] Qwen2Attention(LayerWeights w, float[][] x)
    {
        int n = _spec.NumHeads, kvh = _spec.NumKvHeads, d = _spec.HeadSize;
        var q = new float[x.Length][];
        var k = new float[x.Length][];
        var v = new float[x.Length][];
        for (int t = 0; t < x.Length; t++)
        {
            var qkv = Apply(w.QkvProj!, x[t]);
            q[t] = qkv[..(n * d)];
            k[t] = qkv[(n * d)..((n + kvh) * d)];
            v[t] = qkv[((n + kvh) * d)..];
            Rotate(q[t], n, t);
            Rotate(k[t], kvh, t);
        }
        var context = CausalAttention(q, k, v);
        return context.Select(c => Apply(w.OProj!, c)).ToArray();
    }

    private float[][] GatedFullAttention(LayerWeights w, float[][] x)
    {
        int n = _spec.NumHeads, kvh = _spec.NumKvHeads, d = _spec.HeadSize;
        var q = new float[x.Length][];
        var gate = new float[x.Length][];
        var k = new float[x.Length][];
        var v = new float[x.Length][];
        for (int t = 0; t < x.Length; t++)
        {
            var qg = Apply(w.QProj!, x[t]);
            q[t] = new float[n * d];
            gate[t] = new float[n * d];
            for (int head = 0; head < n; head++)
            {
                Array.Copy(qg, head * 2 * d, q[t], head * d, d);
                Array.Copy(qg, head * 2 * d + d, gate[t], head * d, d);
            }
            k[t] = Apply(w.KProj!, x[t]);
            v[t] = Apply(w.VProj!, x[t]);
            NormHeads(q[t], n, w.QNorm!);
            NormHeads(k[t], kvh, w.KNorm!);
            Rotate(q[t], n, t);
            Rotate(k[t], kvh, t);
        }
        var context = CausalAttention(q, k, v);
        for (int t = 0; t < x.Length; t++)
        {
            for (int j = 0; j < context[t].Length; j++) context[t][j] *= Sigmoid(gate[t][j]);
        }
        return context.Select(c => Apply(w.OProj!, c)).ToArray();
    }

    private float[][] GatedDeltaNet(LayerWeights w, float[][] x)
    {
        int s = x.Length, nk = _spec.LinearNumKeyHeads, nv = _spec.LinearNumValueHeads;
        int dk = _spec.LinearKeyHeadDim, dv = _spec.LinearValueHeadDim, kernel = _spec.LinearConvKernel;
        int convDim = _spec.LinearConvDim, keyDim = nk * dk;
        var mixed = x.Select(row => Apply(w.InProjQkv!, row)).ToArray();

        // Depthwise causal conv over time (zero history), then SiLU.
        var conv = new float[s][];
        for (int t = 0; t < s; t++)
        {
            conv[t] = new float[convDim];
            for (int c = 0; c < convDim; c++)
            {
                double sum = w.ConvBias![c];
                for (int j = 0; j < kernel; j++)
                {
                    int src = t - (kernel - 1) + j;
                    if (src >= 0) sum += w.ConvWeight![c * kernel + j] * mixed[src][c];
                }
                conv[t][c] = Silu((float)sum);
            }
        }

        var state = new double[nv, dk, dv];
        var output = new float[s][];
        float qScale = 1f / MathF.Sqrt(dk);
        for (int t = 0; t < s; t++)
        {
            var beta = Apply(w.InProjB!, x[t]);
            var a = Apply(w.InProjA!, x[t]);
            var z = Apply(w.InProjZ!, x[t]);
            var outT = new float[nv * dv];
            for (int hv = 0; hv < nv; hv++)
            {
                int hk = hv / (nv / nk);
                var q = L2Normalize(conv[t].AsSpan(hk * dk, dk));
                var k = L2Normalize(conv[t].AsSpan(keyDim + hk * dk, dk));
                var v = conv[t].AsSpan(2 * keyDim + hv * dv, dv);
                double decay = Math.Exp(w.NegExpA![hv] * Softplus(a[hv] + w.DtBias![hv]));
                double b = Sigmoid(beta[hv]);
                // S = exp(g) S;  S += k ⊗ β (v - Sᵀk);  o = Sᵀ q / sqrt(dk)
                for (int i = 0; i < dk; i++)
                {
                    for (int j = 0; j < dv; j++) state[hv, i, j] *= decay;
                }
                for (int j = 0; j < dv; j++)
                {
                    double kv = 0;
                    for (int i = 0; i < dk; i++) kv += state[hv, i, j] * k[i];
                    double delta = (v[j] - kv) * b;
                    for (int i = 0; i < dk; i++) state[hv, i, j] += k[i] * delta;
                }
                var head = new float[dv];
                for (int j = 0; j < dv; j++)
                {
                    double o = 0;
                    for (int i = 0; i < dk; i++) o += state[hv, i, j] * q[i] * qScale;
                    head[j] = (float)o;
                }
                var normed = RmsNorm(head, w.GatedNorm!);
                for (int j = 0; j < dv; j++) outT[hv * dv + j] = normed[j] * Silu(z[hv * dv + j]);
            }
            output[t] = Apply(w.OutProj!, outT);
        }
        return output;
    }

    private float[] MixtureOfExperts(LayerWeights w, float[] x)
    {
        var logits = Apply(w.Router!, x);
        float max = logits.Max();
        var probs = logits.Select(l => MathF.Exp(l - max)).ToArray();
        float total = probs.Sum();
        for (int e = 0; e < probs.Length; e++) probs[e] /= total;
        // Top-k by probability, lower index first on ties; weights renormalized over the chosen experts.
        var chosen = Enumerable.Range(0, probs.Length).OrderByDescending(e => probs[e]).ThenBy(e => e).Take(_spec.NumExpertsPerToken).ToArray();
        float chosenSum = chosen.Sum(e => probs[e]);
        int h = _spec.HiddenSize, inter = _spec.MoeIntermediateSize;
        var output = new float[h];
        foreach (var e in chosen)
        {
            var expert = w.Experts![e];
            var y = SwiGlu(x, new LinearWeight(h, inter, expert.Gate, null, null), new LinearWeight(h, inter, expert.Up, null, null),
                new LinearWeight(inter, h, expert.Down, null, null));
            float weight = probs[e] / chosenSum;
            for (int i = 0; i < h; i++) output[i] += weight * y[i];
        }
        var shared = SwiGlu(x, w.SharedGateProj!, w.SharedUpProj!, w.SharedDownProj!);
        float gate = Sigmoid(Apply(w.SharedExpertGate!, x)[0]);
        for (int i = 0; i < h; i++) output[i] += gate * shared[i];
        return output;
    }

    private float[][] CausalAttention(float[][] q, float[][] k, float[][] v)
    {
        int n = _spec.NumHeads, group = _spec.NumHeads / _spec.NumKvHeads, d = _spec.HeadSize;
        float scale = 1f / MathF.Sqrt(d);
        var context = new float[q.Length][];
        for (int t = 0; t < q.Length; t++)
        {
            context[t] = new float[n * d];
            for (int head = 0; head < n; head++)
            {
                int kvHead = head / group;
                var scores = new double[t + 1];
                double max = double.NegativeInfinity;
                for (int u = 0; u <= t; u++)
                {
                    double dot = 0;
                    for (int i = 0; i < d; i++) dot += q[t][head * d + i] * k[u][kvHead * d + i];
                    scores[u] = dot * scale;
                    max = Math.Max(max, scores[u]);
                }
                double total = 0;
                for (int u = 0; u <= t; u++) total += scores[u] = Math.Exp(scores[u] - max);
                for (int u = 0; u <= t; u++)
                {
                    double p = scores[u] / total;
                    for (int i = 0; i < d; i++) context[t][head * d + i] += (float)(p * v[u][kvHead * d + i]);
                }
            }
        }
        return context;
    }

    /// <summary>Non-interleaved rotary on the first RotaryDim values of each head (rotate_half).</summary>
    private void Rotate(float[] heads, int count, int position)
    {
        int d = _spec.HeadSize, rd = _spec.RotaryDim, half = rd / 2;
        var (cos, sin) = Tables;
        for (int head = 0; head < count; head++)
        {
            int b = head * d;
            for (int i = 0; i < half; i++)
            {
                float c = cos[position * half + i], s = sin[position * half + i];
                float x1 = heads[b + i], x2 = heads[b + i + half];
                heads[b + i] = x1 * c - x2 * s;
                heads[b + i + half] = x2 * c + x1 * s;
            }
        }
    }

    private (float[] Cos, float[] Sin)? _tables;
    private (float[] Cos, float[] Sin) Tables => _tables ??= RotaryTables.Build(_spec.ContextLength, _spec.RotaryDim, _spec.RopeTheta);

    private void NormHeads(float[] heads, int count, float[] weight)
    {
        int d = weight.Length;
        for (int head = 0; head < count; head++)
        {
            var normed = RmsNorm(heads.AsSpan(head * d, d), weight);
            normed.CopyTo(heads, head * d);
        }
    }

    private float[] RmsNorm(ReadOnlySpan<float> x, float[] weight)
    {
        double sumSquares = 0;
        foreach (var value in x) sumSquares += value * value;
        float inv = (float)(1.0 / Math.Sqrt(sumSquares / x.Length + _spec.RmsNormEps));
        var y = new float[x.Length];
        for (int i = 0; i < x.Length; i++) y[i] = x[i] * inv * weight[i];
        return y;
    }

    private static float[] L2Normalize(ReadOnlySpan<float> x)
    {
        double sumSquares = 0;
        foreach (var value in x) sumSquares += value * value;
        float inv = (float)(1.0 / Math.Sqrt(sumSquares));
        var y = new float[x.Length];
        for (int i = 0; i < x.Length; i++) y[i] = x[i] * inv;
        return y;
    }

    private static float[] SwiGlu(float[] x, LinearWeight gate, LinearWeight up, LinearWeight down)
    {
        var g = Apply(gate, x);
        var u = Apply(up, x);
        for (int i = 0; i < g.Length; i++) g[i] = Silu(g[i]) * u[i];
        return Apply(down, g);
    }

    /// <summary>y = x·W + b with W [In, Out] row-major.</summary>
    public static float[] Apply(LinearWeight w, ReadOnlySpan<float> x)
    {
        var y = new double[w.Out];
        for (int i = 0; i < w.In; i++)
        {
            double xi = x[i];
            if (xi == 0) continue;
            var row = w.Weight.AsSpan(i * w.Out, w.Out);
            for (int j = 0; j < w.Out; j++) y[j] += xi * row[j];
        }
        var result = new float[w.Out];
        for (int j = 0; j < w.Out; j++) result[j] = (float)(y[j] + (w.Bias?[j] ?? 0));
        return result;
    }

    private static void AddInPlace(float[][] target, float[][] add)
    {
        for (int t = 0; t < target.Length; t++)
        {
            for (int i = 0; i < target[t].Length; i++) target[t][i] += add[t][i];
        }
    }

    private static float Sigmoid(float x) => 1f / (1f + MathF.Exp(-x));
    private static float Silu(float x) => x * Sigmoid(x);
    private static double Softplus(double x) => x > 20 ? x : Math.Log(1 + Math.Exp(x));
}
