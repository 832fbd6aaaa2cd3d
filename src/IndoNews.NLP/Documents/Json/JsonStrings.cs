using System.Text;
using System.Text.Json;

namespace IndoNews.NLP;

/// <summary>
/// Writes strings so that lone UTF-16 surrogates survive as <c>\uD800</c> escapes. System.Text.Json would
/// replace them with U+FFFD, and a document's JSON would then no longer hold the text it was given.
/// </summary>
internal static class JsonStrings
{
    /// <summary>Writes <paramref name="value"/> as a JSON string value (the document writer's strings, without a copy).</summary>
    internal static void WriteValue(Utf8JsonWriter writer, ReadOnlySpan<char> value)
    {
        if (!HasLoneSurrogate(value))
        {
            writer.WriteStringValue(value);
            return;
        }

        writer.WriteRawValue(Escape(value), skipInputValidation: true);
    }

    // Runs for every string written (each token's text and lemma): a vectorised search skips the common case.
    internal static bool HasLoneSurrogate(ReadOnlySpan<char> s)
    {
        int first = s.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (first < 0) return false;
        for (int i = first; i < s.Length; i++)
        {
            char c = s[i];
            if (!char.IsSurrogate(c)) continue;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { i++; continue; }
            return true;
        }

        return false;
    }

    // The string as a JSON literal: quotes, backslashes, control characters and lone surrogates escaped.
    private static string Escape(ReadOnlySpan<char> s)
    {
        var b = new StringBuilder(s.Length + 16).Append('"');
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            bool pair = char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]);
            if (pair)
            {
                b.Append(c).Append(s[++i]);
            }
            else if (c is '"' or '\\')
            {
                b.Append('\\').Append(c);
            }
            else if (c < 0x20 || char.IsSurrogate(c))
            {
                b.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                b.Append(c);
            }
        }

        return b.Append('"').ToString();
    }
}
