using IndoNews.NLP.Tokenization;
using IndoNews.NLP.Tests.Properties;

namespace IndoNews.NLP.Tests.Tokenization;

/// <summary>Helpers that show tokenizer output as readable strings for assertions.</summary>
internal static class TokenAssert
{
    public static TokenList Tokenize(string text, TokenizationStyle style = TokenizationStyle.News)
    {
        var tokens = new TokenList();
        new NewsTokenizer(style).Tokenize(text, tokens);
        return tokens;
    }

    /// <summary>Tokens joined by " | "; words of one surface token (clitic splits) are joined by "+".</summary>
    public static string Show(string text, TokenizationStyle style = TokenizationStyle.News)
    {
        var tokens = Tokenize(text, style);
        var parts = new List<string>();
        for (int i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (i > 0 && token.IsMultiwordPart && tokens[i - 1].SurfaceStart == token.SurfaceStart)
            {
                parts[^1] += "+" + token.Text;
            }
            else
            {
                parts.Add(token.Text);
            }
        }

        return string.Join(" | ", parts);
    }

    /// <summary>Each token's text and kind, for checks that need the kind.</summary>
    public static IEnumerable<(string Text, TokenKind Kind)> Kinds(string text)
        => Tokenize(text).Select(t => (t.Text, t.Kind));

    /// <summary>The invariants every tokenization must satisfy; returns a description of the first violation, or null.</summary>
    public static string? Violation(string text, TokenList tokens)
    {
        int previousEnd = 0;
        int previousSurfaceStart = -1;
        int previousSurfaceEnd = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Start < 0 || t.End > text.Length || t.Start >= t.End) return $"token {i} [{t.Start},{t.End}) is empty or outside the text";
            if (t.SurfaceStart > t.Start || t.SurfaceEnd < t.End) return $"token {i} is not inside its surface";
            if (t.Start < previousEnd) return $"token {i} overlaps or precedes token {i - 1}";
            bool sameSurface = t.SurfaceStart == previousSurfaceStart;
            if (!sameSurface && i > 0 && previousEnd != previousSurfaceEnd) return $"the words of the surface token before token {i} do not reach its end";
            if (!sameSurface && t.SurfaceStart < previousSurfaceEnd) return $"surface of token {i} overlaps the previous surface";
            if (sameSurface && t.SurfaceEnd != previousSurfaceEnd) return $"token {i} shares a surface start but not its end";
            if (sameSurface && t.Start != previousEnd) return $"words of one surface token leave a gap before token {i}";
            if (!sameSurface && t.Start != t.SurfaceStart) return $"token {i} does not start its surface token";

            // Everything between two surfaces is white space or an invisible separator.
            if (!sameSurface)
            {
                for (int k = previousSurfaceEnd; k < t.SurfaceStart; k++)
                {
                    if (!DocumentInvariants.IsDroppable(text[k])) return $"character {k} (U+{(int)text[k]:X4}) is in no token";
                }
            }

            previousEnd = t.End;
            previousSurfaceStart = t.SurfaceStart;
            previousSurfaceEnd = t.SurfaceEnd;
        }

        if (tokens.Count > 0 && previousEnd != previousSurfaceEnd) return "the words of the last surface token do not reach its end";
        for (int k = previousSurfaceEnd; k < text.Length; k++)
        {
            // Checked against the test's own rule, not the tokenizer's CharClass.IsSeparator, so a tokenizer that
            // wrongly treats a letter as a separator is caught.
            if (!DocumentInvariants.IsDroppable(text[k])) return $"character {k} (U+{(int)text[k]:X4}) at the end is in no token";
        }

        return null;
    }
}
