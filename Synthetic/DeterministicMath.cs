namespace QwenEval.Synthetic;

/// <summary>
/// exp, log, pow, sin and cos from plain IEEE arithmetic. Math.Sin and friends call the platform's libm, which may
/// differ in the last bit between Linux, macOS and Windows; the rotary tables are written into model files, and
/// a folder must regenerate byte-identically everywhere. Accurate to about 1e-15, far below float rounding.
/// </summary>
public static class DeterministicMath
{
    private const double Ln2 = 0.693147180559945309417232121458176568;
    private const double TwoPi = 6.283185307179586476925286766559005768;
    private const double HalfPi = 1.570796326794896619231321691639751442;

    public static double Exp(double x)
    {
        int k = (int)Math.Round(x / Ln2);
        double r = x - k * Ln2;
        double term = 1, sum = 1;
        for (int n = 1; n < 30; n++)
        {
            term *= r / n;
            sum += term;
        }
        return Math.ScaleB(sum, k);
    }

    public static double Log(double x)
    {
        if (x <= 0) throw new ArgumentOutOfRangeException(nameof(x));
        int e = Math.ILogB(x);
        double m = Math.ScaleB(x, -e); // m in [1, 2)
        if (m > 1.4142135623730951)
        {
            m /= 2;
            e++;
        }
        // ln(m) = 2 atanh(t), t = (m - 1) / (m + 1), |t| < 0.172.
        double t = (m - 1) / (m + 1), t2 = t * t, power = t, sum = 0;
        for (int n = 1; n < 60; n += 2)
        {
            sum += power / n;
            power *= t2;
        }
        return e * Ln2 + 2 * sum;
    }

    public static double Pow(double x, double y) => Exp(y * Log(x));

    public static double Sin(double x) => SinCos(x).Sin;

    public static double Cos(double x) => SinCos(x).Cos;

    public static (double Sin, double Cos) SinCos(double x)
    {
        double r = x - Math.Round(x / TwoPi) * TwoPi; // [-pi, pi]
        int quadrant = (int)Math.Round(r / HalfPi);    // -2..2
        double y = r - quadrant * HalfPi;               // [-pi/4, pi/4]
        double s = SinSeries(y), c = CosSeries(y);
        return (((quadrant % 4) + 4) % 4) switch
        {
            0 => (s, c),
            1 => (c, -s),
            2 => (-s, -c),
            _ => (-c, s),
        };
    }

    private static double SinSeries(double y)
    {
        double y2 = y * y, term = y, sum = y;
        for (int n = 1; n < 15; n++)
        {
            term *= -y2 / ((2 * n) * (2 * n + 1));
            sum += term;
        }
        return sum;
    }

    private static double CosSeries(double y)
    {
        double y2 = y * y, term = 1, sum = 1;
        for (int n = 1; n < 15; n++)
        {
            term *= -y2 / ((2 * n - 1) * (2 * n));
            sum += term;
        }
        return sum;
    }
}
