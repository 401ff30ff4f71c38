using QwenEval.Core.Config;
using QwenEval.Core.Generation;

namespace QwenEval.Tests.Support;

/// <summary>Generation settings for tests that build a backend directly.</summary>
public static class TestSettings
{
    public static GenerationSettings Of(DecodingConfig decoding, bool thinking = false, int? budget = null, double seconds = 600) =>
        new(decoding, 512, seconds, thinking, budget);
}
