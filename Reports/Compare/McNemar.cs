namespace QwenEval.Reports.Compare;

/// <summary>
/// The exact McNemar test for paired binary outcomes: under "no change", the discordant pairs split 50/50,
/// so the two-sided p-value is a binomial tail (exact, unlike the chi-square form, for the small counts evals have).
/// </summary>
public static class McNemar
{
    /// <param name="b">pairs that passed in the base and not in the new run</param>
    /// <param name="c">pairs that passed in the new run and not in the base</param>
    public static double ExactPValue(int b, int c)
    {
        var n = b + c;
        if (n == 0) return 1.0;
        var k = Math.Min(b, c);
        // P(X <= k) for X ~ Binomial(n, 1/2), summed in log space so large n stays exact enough.
        double tail = 0;
        for (var i = 0; i <= k; i++) tail += Math.Exp(LogChoose(n, i) - n * Math.Log(2));
        return Math.Min(1.0, 2 * tail);
    }

    private static double LogChoose(int n, int k)
    {
        double s = 0;
        for (var i = 1; i <= k; i++) s += Math.Log(n - k + i) - Math.Log(i);
        return s;
    }
}
