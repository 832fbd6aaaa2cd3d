namespace IndoNews.NLP.Entities;

/// <summary>
/// A reporter's credit in square brackets (<c>[ian]</c>, <c>[eko]</c>, <c>[tmi]</c>), as Merdeka.com closes its
/// articles, holds no name: the tagger read such initials as persons or organisations.
/// </summary>
/// <remarks>
/// The round-bracket credits (<c>(yul)</c>, <c>(adt/ptr)</c>) are a sentence of their own, which the recognizer skips
/// before tagging; the square-bracket ones often share the last sentence (<c>katanya. [ian]</c>). A span whose text is
/// two or more letters, all lower-case, standing right between <c>[</c> and <c>]</c> is dropped: a name in square
/// brackets that an editor adds to a quote is capitalised (<c>"Dia [Southgate] harus ..."</c>, <c>[Antara]</c>) and
/// stays.
/// </remarks>
internal static class SquareBracketCredits
{
    /// <summary>Drops from <paramref name="document"/> the person, place and organisation spans that are a bracketed credit.</summary>
    public static void Drop(DocumentBuilder document)
    {
        string text = document.Text;
        document.Entities.RemoveAll(e => e.Label is EntityLabels.Person or EntityLabels.Location or EntityLabels.Organization && IsCredit(text, e));
    }

    private static bool IsCredit(string text, Entity entity)
    {
        if (entity.Start < 1 || entity.End >= text.Length || text[entity.Start - 1] != '[' || text[entity.End] != ']') return false;
        if (entity.End - entity.Start < 2) return false;
        for (int k = entity.Start; k < entity.End; k++)
        {
            if (!char.IsLower(text[k])) return false;
        }

        return true;
    }
}
