using System.Text;

namespace IndoNews.NLP.Entities;

/// <summary>
/// The key that decides whether two sentences are the same source sentence: their lower-cased
/// letters and digits only, so <c>sama - sama</c> matches <c>sama-sama</c> and spacing, punctuation
/// and casing differences between corpora do not hide a duplicate.
/// </summary>
internal static class SentenceKey
{
    public static string Of(IEnumerable<string> tokens)
    {
        var sb = new StringBuilder();
        foreach (string token in tokens)
        {
            foreach (char c in token)
            {
                if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }
}
