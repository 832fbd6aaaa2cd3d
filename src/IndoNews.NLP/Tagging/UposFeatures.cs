using IndoNews.NLP.Entities;
using IndoNews.NLP.Stemming;

namespace IndoNews.NLP.Tagging;

/// <summary>
/// The features of one token for <see cref="UposTagger"/>: the word, its affixes, shape and case, and a window of two
/// words either side inside its sentence, each hashed to 64 bits (<see cref="FeatureHash"/>). Only the token's
/// neighbours' forms are used, never their tags, so any token can be tagged on its own.
/// </summary>
/// <remarks>
/// Every feature is emitted twice: once shared and once joined with the treebank (domain) id, so that training on
/// two treebanks with different conventions (GSD, CSUI) learns what they share and where they differ
/// ("frustratingly easy" domain adaptation). The hash values are part of the model file format.
/// </remarks>
internal static class UposFeatures
{
    /// <summary>Features per token (a bound for buffers).</summary>
    public const int MaxCount = 96;

    private const ulong Start = 0x5354415254UL;
    private const ulong End = 0x454E44UL;

    /// <summary>Writes the features of <c>tokens[index]</c> for <paramref name="domain"/> into <paramref name="buffer"/>; returns how many.</summary>
    /// <param name="tokens">The tokens (a sentence or a whole document).</param>
    /// <param name="index">The token to describe.</param>
    /// <param name="domain">The treebank whose conventions apply (0 = GSD, 1 = CSUI).</param>
    /// <param name="buffer">Receives the features (<see cref="MaxCount"/> at most).</param>
    /// <param name="profiles">How news writes each word (capitalisation, frequency, clusters: <see cref="WordProfiles"/>), or null for none.</param>
    public static int Extract(ReadOnlySpan<Token> tokens, int index, int domain, Span<ulong> buffer, WordProfiles? profiles = null)
    {
        Span<ulong> basic = stackalloc ulong[MaxCount / 2];
        int n = 0;
        var word = tokens[index].Span;
        ulong w0 = FeatureHash.OfLower(word);
        bool initial = UdLemmatizer.IsSentenceInitial(tokens, index);
        ulong shape = Shape(word, initial);
        // A clitic sharing its host's surface (buku|nya), as the tokenizer splits them.
        bool attached = index > 0 && tokens[index - 1].SurfaceEnd == tokens[index].SurfaceEnd && tokens[index - 1].SurfaceStart == tokens[index].SurfaceStart;
        ulong left1 = initial ? Start : FeatureHash.OfLower(tokens[index - 1].Span);
        ulong left2 = initial ? Start : index < 2 || UdLemmatizer.IsSentenceInitial(tokens, index - 1) ? Start : FeatureHash.OfLower(tokens[index - 2].Span);
        bool lastOfSentence = index + 1 >= tokens.Length || UdLemmatizer.IsSentenceInitial(tokens, index + 1);
        ulong right1 = lastOfSentence ? End : FeatureHash.OfLower(tokens[index + 1].Span);
        ulong right2 = lastOfSentence || index + 2 >= tokens.Length || UdLemmatizer.IsSentenceInitial(tokens, index + 2) ? End : FeatureHash.OfLower(tokens[index + 2].Span);

        basic[n++] = FeatureHash.Combine(0, 1);
        basic[n++] = FeatureHash.Combine(1, w0);
        basic[n++] = FeatureHash.Combine(2, shape);
        basic[n++] = FeatureHash.Combine(3, w0, shape);
        for (int k = 1; k <= 4; k++)
        {
            if (word.Length > k)
            {
                basic[n++] = FeatureHash.Combine(4, (ulong)k, FeatureHash.OfLower(word[^k..]));
                if (k <= 3) basic[n++] = FeatureHash.Combine(5, (ulong)k, FeatureHash.OfLower(word[..k]));
            }
        }

        basic[n++] = FeatureHash.Combine(6, left1);
        basic[n++] = FeatureHash.Combine(7, left2);
        basic[n++] = FeatureHash.Combine(8, right1);
        basic[n++] = FeatureHash.Combine(9, right2);
        basic[n++] = FeatureHash.Combine(10, left1, w0);
        basic[n++] = FeatureHash.Combine(11, w0, right1);
        basic[n++] = FeatureHash.Combine(12, left1, right1);
        basic[n++] = FeatureHash.Combine(13, attached ? 1UL : 0UL, w0);
        if (!initial) basic[n++] = FeatureHash.Combine(14, Suffix(tokens[index - 1].Span, 3), attached ? 1UL : 0UL);
        if (!lastOfSentence) basic[n++] = FeatureHash.Combine(15, Suffix(tokens[index + 1].Span, 3));
        if (!lastOfSentence) basic[n++] = FeatureHash.Combine(16, Shape(tokens[index + 1].Span, false));
        if (!initial) basic[n++] = FeatureHash.Combine(17, Shape(tokens[index - 1].Span, false));

        // The exact spelling, a confix (ke…an, pe…an), and the case of the neighbours joined with the word's own (names run in sequences).
        basic[n++] = FeatureHash.Combine(24, FeatureHash.Of(word));
        if (word.Length > 4) basic[n++] = FeatureHash.Combine(25, FeatureHash.OfLower(word[..2]), FeatureHash.OfLower(word[^2..]));
        basic[n++] = FeatureHash.Combine(26, initial ? 0 : Shape(tokens[index - 1].Span, false), shape, lastOfSentence ? 0 : Shape(tokens[index + 1].Span, false));

        // A host word followed by its clitic (besar|nya: an adjective's nya is a determiner in GSD).
        bool hostsClitic = !lastOfSentence && tokens[index + 1].SurfaceStart == tokens[index].SurfaceStart && tokens[index + 1].SurfaceEnd == tokens[index].SurfaceEnd;
        if (hostsClitic)
        {
            basic[n++] = FeatureHash.Combine(18, w0);
            basic[n++] = FeatureHash.Combine(19, Suffix(word, 2));
        }

        if (profiles is not null)
        {
            // How news writes the word and its neighbours: a word capitalised mid-sentence is a name (PROPN), not a noun.
            uint profile = profiles.Get(w0);
            ulong capital = (ulong)WordProfiles.CapitalBucket(profile);
            basic[n++] = FeatureHash.Combine(40, capital, shape);
            basic[n++] = FeatureHash.Combine(41, capital, (ulong)WordProfiles.FrequencyBand(profile));
            if (WordProfiles.FineCluster(profile) is int fine and > 0) basic[n++] = FeatureHash.Combine(42, (ulong)fine);
            if (WordProfiles.CoarseCluster(profile) is int coarse and > 0) basic[n++] = FeatureHash.Combine(43, (ulong)coarse, shape);
            ulong leftCapital = initial ? 9 : (ulong)WordProfiles.CapitalBucket(profiles.Get(left1));
            ulong rightCapital = lastOfSentence ? 9 : (ulong)WordProfiles.CapitalBucket(profiles.Get(right1));
            basic[n++] = FeatureHash.Combine(44, leftCapital, capital, rightCapital);
            basic[n++] = FeatureHash.Combine(45, rightCapital, lastOfSentence ? 0 : Shape(tokens[index + 1].Span, false), shape);
        }

        int count = 0;
        foreach (ulong f in basic[..n])
        {
            buffer[count++] = f;
            buffer[count++] = FeatureHash.Combine(31, f, (ulong)domain + 1);
        }

        return count;
    }

    private static ulong Suffix(ReadOnlySpan<char> word, int length) => FeatureHash.OfLower(word.Length > length ? word[^length..] : word);

    // Case and character classes: Xx, XX, x, digits, punctuation...; sentence-initial capitals apart.
    private static ulong Shape(ReadOnlySpan<char> word, bool initial)
    {
        bool upperFirst = word.Length > 0 && char.IsUpper(word[0]);
        bool allUpper = true, digit = false, letter = false, hyphen = false, other = false;
        foreach (char c in word)
        {
            if (char.IsLetter(c))
            {
                letter = true;
                if (!char.IsUpper(c)) allUpper = false;
            }
            else if (char.IsDigit(c)) digit = true;
            else if (c == '-') hyphen = true;
            else other = true;
        }

        ulong s = (upperFirst ? 1UL : 0) | (allUpper && letter && word.Length > 1 ? 2UL : 0) | (digit ? 4UL : 0) | (letter ? 8UL : 0)
            | (hyphen ? 16UL : 0) | (other ? 32UL : 0) | (initial ? 64UL : 0);
        return s;
    }
}
