namespace QwenEval.Engine.Catalog;

/// <summary>
/// The Qwen3.5 lineup's text decoders, from their published configs.
///
/// Shared by all eight (transformers src/transformers/models/qwen3_5/configuration_qwen3_5.py and
/// qwen3_5_moe/configuration_qwen3_5_moe.py, Qwen3_5TextConfig / Qwen3_5MoeTextConfig defaults, which the checkpoints
/// keep): vocab_size 248320; head_dim 256; full_attention_interval 4 (layer_types: "linear_attention" unless
/// (i + 1) % 4 == 0); linear_num_key_heads 16; linear_key_head_dim = linear_value_head_dim = 128;
/// linear_conv_kernel_dim 4; partial_rotary_factor 0.25. max_position_embeddings 262144 in the checkpoints
/// (NVIDIA-NeMo/Megatron-Bridge tests/unit_tests/models/qwen_vl/test_qwen35_vl_bridge.py, both mock configs; the
/// class default is 32768), which an export takes as its context_length.
///
/// Per model (p-doom/omegalax omegalax/models/qwen3_5/config.py at commit 0d9e3a94da9ac8a9dfe49aba2b7029747516f050,
/// the registry keyed by the Qwen/Qwen3.5-* repository ids; fields it leaves out take the defaults of its
/// Qwen3_5TextConfig there: hidden 4096, 60 layers, 32/2 heads, 64 DeltaNet value heads, 512 experts, top-10,
/// expert and shared expert 1024, untied embeddings). Parameter counts as published by ggml-org/Llama-macOS pull
/// request 63 (the Unsloth GGUF sizes); Tests/Qwen35/CatalogTests checks the counts from these dimensions against them.
/// </summary>
public static class Qwen35Catalog
{
    private const int Vocab = 248_320;
    private const int HeadDim = 256;
    private const int Interval = 4;
    private const int LinearKeyHeads = 16;
    private const int LinearDim = 128;
    private const int ConvKernel = 4;

    public static IReadOnlyList<Qwen35Model> All { get; } =
    [
        // omegalax "qwen3.5-0.8b": hidden 1024, 24 layers, 8/2 heads, intermediate 3584, 16 value heads, tied. Llama-macOS PR 63: 758M.
        Dense("Qwen3.5-0.8B", "0.8b", layers: 24, hidden: 1024, heads: 8, kvHeads: 2, valueHeads: 16, ffn: 3584, tied: true, published: 758_000_000),
        // omegalax "qwen3.5-2b": hidden 2048, 24 layers, 8/2 heads, intermediate 6144, 16 value heads, tied. PR 63: 1.89B.
        Dense("Qwen3.5-2B", "2b", layers: 24, hidden: 2048, heads: 8, kvHeads: 2, valueHeads: 16, ffn: 6144, tied: true, published: 1_890_000_000),
        // omegalax "qwen3.5-4b": hidden 2560, 32 layers, 16/4 heads, intermediate 9216, 32 value heads, tied. PR 63: 4.21B.
        Dense("Qwen3.5-4B", "4b", layers: 32, hidden: 2560, heads: 16, kvHeads: 4, valueHeads: 32, ffn: 9216, tied: true, published: 4_210_000_000),
        // omegalax "qwen3.5-9b": 32 layers, 16/4 heads, intermediate 12288, 32 value heads, hidden the default 4096, untied;
        // also transformers' Qwen3_5TextConfig defaults ("Qwen3.5-9B style configuration"). PR 63: 8.96B.
        Dense("Qwen3.5-9B", "9b", layers: 32, hidden: 4096, heads: 16, kvHeads: 4, valueHeads: 32, ffn: 12288, tied: false, published: 8_960_000_000),
        // omegalax "qwen3.5-27b": hidden 5120, 64 layers, 24/4 heads, intermediate 17408, 48 value heads; the same in
        // NVIDIA-NeMo/Megatron-Bridge tests/unit_tests/models/qwen_vl/test_qwen35_vl_bridge.py (_make_dense_text_config,
        // "matching Qwen3.5-27B") and the GGUF's ssm.time_step_rank 48 (ggml-org/llama.cpp pull request 22673). PR 63: 26.9B.
        Dense("Qwen3.5-27B", "27b", layers: 64, hidden: 5120, heads: 24, kvHeads: 4, valueHeads: 48, ffn: 17408, tied: false, published: 26_900_000_000),
        // omegalax "qwen3.5-35b-a3b": hidden 2048, 40 layers, 16/2 heads, 32 value heads, 256 experts, top-8, 512 each,
        // shared 512; also transformers' Qwen3_5MoeTextConfig defaults ("Qwen3.5-35B-A3B style configuration"). PR 63: 34.7B.
        Moe("Qwen3.5-35B-A3B", "35b-a3b", layers: 40, hidden: 2048, heads: 16, kvHeads: 2, valueHeads: 32,
            new MoeShape(Experts: 256, ActiveExperts: 8, ExpertFfn: 512, SharedExpertFfn: 512), published: 34_700_000_000),
        // omegalax "qwen3.5-122b-a10b": hidden 3072, 48 layers, 32/2 heads, 256 experts, top-8, 1024 each, shared 1024,
        // value heads the default 64. PR 63: 122B.
        Moe("Qwen3.5-122B-A10B", "122b-a10b", layers: 48, hidden: 3072, heads: 32, kvHeads: 2, valueHeads: 64,
            new MoeShape(Experts: 256, ActiveExperts: 8, ExpertFfn: 1024, SharedExpertFfn: 1024), published: 122_000_000_000),
        // omegalax "qwen3.5-397b-a17b": 60 layers, 512 experts, top-10, 1024 each, shared 1024, the rest defaults (hidden
        // 4096, 32/2 heads, 64 value heads). The GGUF agrees: expert_used_count 10, expert_feed_forward_length 1024,
        // expert_shared_feed_forward_length 1024, ssm.time_step_rank 64 (ggml-org/llama.cpp pull request 22616's log).
        // Megatron-Bridge's mock config says shared 4096; that gives 398.6B against the published 397B, 1024 gives 396.3B. PR 63: 397B.
        Moe("Qwen3.5-397B-A17B", "397b-a17b", layers: 60, hidden: 4096, heads: 32, kvHeads: 2, valueHeads: 64,
            new MoeShape(Experts: 512, ActiveExperts: 10, ExpertFfn: 1024, SharedExpertFfn: 1024), published: 397_000_000_000),
    ];

    /// <summary>The two models the claim is about ("27B and 35B-A3B are good at coding and fit a 32 GB or 64 GB Mac").</summary>
    public static IReadOnlySet<string> Highlighted { get; } = new HashSet<string>(StringComparer.Ordinal) { "Qwen3.5-27B", "Qwen3.5-35B-A3B" };

    /// <summary>A model by its name or short key, case-insensitive ("27b", "Qwen3.5-27B", "qwen/qwen3.5-27b").</summary>
    public static Qwen35Model? Find(string nameOrKey)
    {
        var s = nameOrKey.Trim();
        if (s.StartsWith("Qwen/", StringComparison.OrdinalIgnoreCase)) s = s[5..];
        return All.FirstOrDefault(m => m.Key.Equals(s, StringComparison.OrdinalIgnoreCase) || m.Name.Equals(s, StringComparison.OrdinalIgnoreCase));
    }

    private static Qwen35Model Dense(string name, string key, int layers, int hidden, int heads, int kvHeads, int valueHeads, int ffn, bool tied, long published) =>
        new(name, key, layers, hidden, heads, kvHeads, HeadDim, Interval, LinearKeyHeads, valueHeads, LinearDim, LinearDim, ConvKernel,
            ffn, null, Vocab, tied, published);

    private static Qwen35Model Moe(string name, string key, int layers, int hidden, int heads, int kvHeads, int valueHeads, MoeShape moe, long published) =>
        new(name, key, layers, hidden, heads, kvHeads, HeadDim, Interval, LinearKeyHeads, valueHeads, LinearDim, LinearDim, ConvKernel,
            null, moe, Vocab, TiedEmbeddings: false, published);
}
