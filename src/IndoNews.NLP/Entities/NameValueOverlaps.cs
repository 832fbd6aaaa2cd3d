using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Entities;

/// <summary>
/// Makes the names (<c>PER</c>, <c>LOC</c>, <c>ORG</c>) and the values (<c>DATE</c>, <c>TIME</c>, <c>MONEY</c>,
/// <c>PERCENT</c>, <c>QUANTITY</c>) of a document overlap nowhere, as users of spaCy's <c>doc.ents</c> expect: each
/// character belongs to one mention at most.
/// </summary>
/// <remarks>
/// The two recognizers look at the text apart, so the tagger's name may run into a value or lie inside one. A name
/// inside a value is part of it: the currency's country (<c>85 juta dollar AS</c>, <c>200.000 dolar Singapura</c>) is
/// no place of its own. A name that runs into a value at one edge keeps the words outside it (<c>Wiranto Selasa (22/6)</c>
/// gives <c>Wiranto</c> and the date; <c>Kabupaten Cianjur Rp 2,16 juta</c> gives the regency and the money), and is
/// dropped when no word is left. A value that the name holds with name words on both sides, or a date of day and month
/// that ends a name (<c>Institut Teknologi 10 November</c>, <c>Universitas 17 Agustus 1945</c>), is part of the name.
/// Other labels, and names or values among themselves, are left as they are.
/// </remarks>
internal static class NameValueOverlaps
{
    /// <summary>Resolves every overlap between a name and a value in <paramref name="document"/>'s entities.</summary>
    /// <param name="document">The document; left as it is when stages have already clustered its entities (clusters hold indices).</param>
    public static void Resolve(DocumentBuilder document)
    {
        var entities = document.Entities;
        if (entities.Count < 2 || document.Clusters.Count != 0) return;

        // The names' and the values' indices, in rented arrays rather than lists grown per document (this runs twice per document).
        using var nameScratch = new ScratchArray<int>(entities.Count);
        using var valueScratch = new ScratchArray<int>(entities.Count);
        int nameCount = 0, valueCount = 0;
        for (int i = 0; i < entities.Count; i++)
        {
            if (EntityLabels.IsName(entities[i].Label)) nameScratch.Array[nameCount++] = i;
            else if (IsValue(entities[i].Label)) valueScratch.Array[valueCount++] = i;
        }

        if (nameCount == 0 || valueCount == 0) return;
        var names = nameScratch.Array.AsSpan(0, nameCount);
        var values = valueScratch.Array.AsSpan(0, valueCount);
        // Both in text order, so one sweep finds each name's values: a value that ends before a name starts ends
        // before every later name too. (A loop over all values per name was quadratic in a long document.)
        values.Sort((a, b) => entities[a].Start.CompareTo(entities[b].Start));
        names.Sort((a, b) => entities[a].Start.CompareTo(entities[b].Start));
        var result = new Entity?[entities.Count];
        for (int i = 0; i < result.Length; i++) result[i] = entities[i];
        bool changed = false;
        int first = 0;
        foreach (int n in names)
        {
            int nameStart = entities[n].Start;
            while (first < values.Length && (result[values[first]] is not { } passed || passed.End <= nameStart)) first++;
            for (int k = first; k < values.Length; k++)
            {
                int v = values[k];
                Entity? name = result[n], value = result[v];
                if (name is null) break;
                if (value is null || value.End <= name.Start) continue;
                if (value.Start >= name.End) break;
                changed = true;
                if (value.Start <= name.Start && name.End <= value.End)
                {
                    result[n] = null; // the currency's country: 85 juta dollar AS
                }
                else if (name.Start < value.Start && (value.End < name.End || (value.End == name.End && IsNamedDate(document.Text, value))))
                {
                    result[v] = null; // the name holds the value: Institut Teknologi 10 November
                }
                else
                {
                    result[n] = Cut(document, name, value);
                }
            }
        }

        if (!changed) return;
        entities.Clear();
        foreach (var entity in result)
        {
            if (entity is not null) entities.Add(entity);
        }
    }

    private static bool IsValue(string label)
        => label is EntityLabels.Date or EntityLabels.Time or EntityLabels.Money or EntityLabels.Percent or EntityLabels.Quantity;

    // A date written with the day's number (10 November, 17 Agustus 1945), which institutions and streets are named
    // after; a weekday or a relative date (Selasa, Desember lalu) after a name is the time of the sentence.
    private static bool IsNamedDate(string text, Entity value) => value.Label == EntityLabels.Date && char.IsAsciiDigit(text[value.Start]);

    // The part of name before the value, or after it when the value opens the name, from word to word; null when that
    // part holds no word.
    private static Entity? Cut(DocumentBuilder document, Entity name, Entity value)
    {
        string text = document.Text;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        int from = name.Start, to = name.End;
        if (name.Start < value.Start) to = value.Start;
        else from = value.End;

        // Tokens wholly inside [from, to), trimmed to the words at either end (the space, comma or bracket before the value goes).
        int first = FirstTokenEndingAfter(tokens, from), last = first - 1;
        for (int t = first; t < tokens.Length && tokens[t].Start < to; t++)
        {
            if (tokens[t].End <= to) last = t;
        }

        while (first <= last && tokens[first].Kind != TokenKind.Word) first++;
        while (last >= first && tokens[last].Kind != TokenKind.Word) last--;
        if (first > last || tokens.IsEmpty) return null;
        from = Math.Max(from, tokens[first].Start);
        to = Math.Min(to, tokens[last].End);
        if (to <= from) return null;
        return new Entity(text[from..to], name.Label, from, to)
        {
            TokenStart = first,
            TokenEnd = last + 1,
            Confidence = name.Confidence,
        };
    }

    // The index of the first token that ends after offset (tokens are in text order).
    private static int FirstTokenEndingAfter(ReadOnlySpan<Token> tokens, int offset)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].End <= offset) lo = mid + 1;
            else hi = mid;
        }

        return lo;
    }
}
