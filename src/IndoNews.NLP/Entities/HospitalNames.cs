using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Entities;

/// <summary>
/// A hospital named with its head (<c>RS Bhayangkara</c>, <c>RSUP Fatmawati</c>, <c>Rumah Sakit Kasih Ibu</c>) is a
/// place, as the NER corpora tag hospitals, where the tagger read it as an organisation or a person.
/// </summary>
/// <remarks>
/// <para>The train and dev splits tag a named hospital as a place 33 times in 34 (<c>di RS Sumber Waras</c>, <c>Rumah
/// Sakit Omni Internasional</c>, <c>rs pondok indah</c>); the gazetteer lists <c>RS</c> and <c>Rumah Sakit</c> as
/// organisation heads, so the tagger calls about a third of them organisations. The span must open with the head and
/// hold a word after it: a short form alone (<c>RSCM</c>, <c>RS</c>, which is also a person's initials) is left, and so
/// is a hyphenated code (<c>RS-GP</c>, a motorcycle) and a code in capitals after a capitalised word that is no post (<c>Honda Jazz RS MT</c>, a car's trim).</para>
/// </remarks>
internal static class HospitalNames
{
    private const byte Titles = 1 << (int)GazetteerCategory.Title;

    // One-token heads of a hospital's name: general, regional, central, mother-and-child, army, navy, mental, Islamic.
    private static readonly WordSet Heads = new(
        ["RS", "RSU", "RSUD", "RSUP", "RSIA", "RSAB", "RSPAD", "RSAL", "RSAU", "RSJ", "RSI", "RSK", "Rumah"], ignoreCase: false);

    /// <summary>Relabels as places the organisation and person spans of <paramref name="document"/> that name a hospital.</summary>
    /// <param name="document">The document whose entities are relabelled.</param>
    /// <param name="gazetteer">The listed titles, which stand before a hospital's name.</param>
    public static void Relabel(DocumentBuilder document, Gazetteer gazetteer)
    {
        var entities = document.Entities;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        for (int i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            if (entity.Label is not (EntityLabels.Organization or EntityLabels.Person) || !EntityTokens.CoversWholeTokens(entity, tokens)) continue;
            int start = entity.TokenStart;
            var head = tokens[start].Span;
            if (!Heads.Contains(head)) continue;
            // "Rumah" opens a hospital only with "Sakit"; the name needs a word after the head.
            int name = head is "Rumah" ? start + 2 : start + 1;
            if (head is "Rumah" && (start + 1 >= entity.TokenEnd || tokens[start + 1].Span is not "Sakit")) continue;
            if (name >= entity.TokenEnd || tokens[name].Kind != TokenKind.Word) continue;
            if (head is not "Rumah" && IsTrimCode(document.Text, tokens, start, gazetteer)) continue;
            entities[i] = entity.WithLabel(EntityLabels.Location);
        }
    }

    // A code in capitals after "RS" that follows a capitalised word other than a post is a car's trim ("Honda Jazz RS MT"),
    // not a hospital ("Direktur RS PKU Muhammadiyah", "Forensik RS Polri").
    private static bool IsTrimCode(string text, ReadOnlySpan<Token> tokens, int head, Gazetteer gazetteer)
    {
        if (head == 0 || !EntityTokens.IsCapitalisedWord(text, tokens[head - 1]) || gazetteer.ListsWord(tokens[head - 1].Span, Titles)) return false;
        var code = tokens[head + 1].Span;
        return !code.ContainsAnyExceptInRange('A', 'Z');
    }
}
