namespace QwenEval.Reports.Scoring;

/// <summary>The unbiased pass@k estimator of Chen et al. (2021), "Evaluating Large Language Models Trained on Code".</summary>
public static class PassAtK
{
    /// <summary>1 - C(n-c, k) / C(n, k) for one task with n samples of which c passed, computed as a stable product.</summary>
    public static double ForTask(int n, int c, int k)
    {
        if (k < 1 || k > n) throw new ArgumentOutOfRangeException(nameof(k), $"k={k} must be between 1 and n={n}");
        if (c < 0 || c > n) throw new ArgumentOutOfRangeException(nameof(c));
        if (n - c < k) return 1.0;
        double failAll = 1.0;
        for (var i = n - c + 1; i <= n; i++) failAll *= 1.0 - (double)k / i;
        return 1.0 - failAll;
    }

    /// <summary>Mean over tasks of the per-task estimate; each task contributes its own n.</summary>
    public static double Mean(IEnumerable<(int N, int C)> perTask, int k)
    {
        var list = perTask.ToList();
        return list.Count == 0 ? 0.0 : list.Average(t => ForTask(t.N, t.C, k));
    }

    /// <summary>
    /// pass^k (Yao et al., 2024, τ-bench): the chance that k draws of a task, taken without replacement from its n,
    /// all pass: C(c, k) / C(n, k). It falls with k where pass@k rises: a measure of reliability, not of luck.
    /// </summary>
    public static double PassHatK(int n, int c, int k)
    {
        if (k < 1 || k > n) throw new ArgumentOutOfRangeException(nameof(k), $"k={k} must be between 1 and n={n}");
        if (c < 0 || c > n) throw new ArgumentOutOfRangeException(nameof(c));
        if (c < k) return 0.0;
        double all = 1.0;
        for (var i = 0; i < k; i++) all *= (double)(c - i) / (n - i);
        return all;
    }
}
