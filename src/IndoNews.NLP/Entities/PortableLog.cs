namespace IndoNews.NLP.Entities;

/// <summary>
/// The natural logarithm from IEEE additions, multiplications and divisions only (no FMA, no library call), so it
/// gives the same bits on every CPU and operating system; <see cref="Math.Log(double)"/> defers to the platform's C
/// library, whose last bit may differ. Brown clustering compares sums of many logarithms, and a differing bit could
/// turn a near tie the other way and change the clusters, hence the model file.
/// </summary>
internal static class PortableLog
{
    private const double Sqrt2 = 1.4142135623730951;
    private const double Ln2Hi = 6.93147180369123816490e-01, Ln2Lo = 1.90821492927058770002e-10;

    /// <summary>ln <paramref name="x"/> to within about one unit in the last place; −∞ for 0, NaN below 0.</summary>
    public static double Of(double x)
    {
        if (!(x > 0)) return x == 0 ? double.NegativeInfinity : double.NaN;
        if (double.IsPositiveInfinity(x)) return x;
        int scale = 0;
        if (x < double.Epsilon * (1L << 53))
        {
            x *= 18014398509481984.0; // 2^54: subnormals to normal numbers
            scale = -54;
        }

        long bits = BitConverter.DoubleToInt64Bits(x);
        int exponent = (int)((bits >> 52) & 0x7FF) - 1023 + scale;
        double m = BitConverter.Int64BitsToDouble((bits & 0x000F_FFFF_FFFF_FFFFL) | 0x3FF0_0000_0000_0000L);
        if (m > Sqrt2)
        {
            m *= 0.5;
            exponent++;
        }

        // ln m = 2 atanh t, t = (m − 1) / (m + 1), |t| ≤ 0.1716: the series to t^19 leaves less than 1e-17.
        double t = (m - 1) / (m + 1), t2 = t * t;
        double s = 1.0 / 19;
        s = s * t2 + 1.0 / 17;
        s = s * t2 + 1.0 / 15;
        s = s * t2 + 1.0 / 13;
        s = s * t2 + 1.0 / 11;
        s = s * t2 + 1.0 / 9;
        s = s * t2 + 1.0 / 7;
        s = s * t2 + 1.0 / 5;
        s = s * t2 + 1.0 / 3;
        s = s * t2 + 1.0;
        return (exponent * Ln2Hi) + ((2 * t * s) + (exponent * Ln2Lo));
    }
}
