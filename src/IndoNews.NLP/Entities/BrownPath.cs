namespace IndoNews.NLP.Entities;

/// <summary>
/// A word's Brown-cluster bit string packed in 32 bits, as the model stores it: a leading 1 bit, then the first
/// bits of the path (at most <see cref="MaxBits"/>), so <c>1</c> is the empty path, <c>0b101</c> the path
/// <c>01</c>, and 0 means no path (an unclustered word). Prefixes are what the tagger's features read.
/// </summary>
internal static class BrownPath
{
    /// <summary>The most path bits a code keeps; deeper paths are cut (the tagger reads prefixes of 20 bits at most).</summary>
    public const int MaxBits = 30;

    /// <summary>The code of a bit string of '0' and '1'.</summary>
    public static uint Encode(string bits)
    {
        uint code = 1;
        for (int i = 0; i < bits.Length && i < MaxBits; i++)
        {
            code = code << 1 | (bits[i] == '1' ? 1u : bits[i] == '0' ? 0u : throw new ArgumentException($"not a bit string: '{bits}'", nameof(bits)));
        }

        return code;
    }

    /// <summary>Number of path bits in <paramref name="code"/> (0 for the empty path; −1 for no path).</summary>
    public static int Length(uint code) => code == 0 ? -1 : 31 - (int)uint.LeadingZeroCount(code);

    /// <summary>The code of the first <paramref name="bits"/> bits of the path (the whole path when it is shorter); 0 stays 0.</summary>
    public static uint Prefix(uint code, int bits)
    {
        if (code == 0) return 0;
        int length = Length(code);
        return length <= bits ? code : code >> (length - bits);
    }

    /// <summary>The bit string of <paramref name="code"/> ("" for the empty path), for tests and messages.</summary>
    public static string Decode(uint code)
    {
        int length = Length(code);
        if (length < 0) throw new ArgumentException("no path", nameof(code));
        var chars = new char[length];
        for (int i = 0; i < length; i++) chars[i] = (code >> (length - 1 - i) & 1) == 1 ? '1' : '0';
        return new string(chars);
    }
}
