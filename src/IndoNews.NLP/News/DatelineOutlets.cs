namespace IndoNews.NLP.News;

/// <summary>
/// The news outlet named at the head of an article is an organisation: <c>Rimanews - ...</c>, <c>Rimanews-Mabes TNI AU
/// ...</c>, <c>JUARA.net - ...</c>, <c>BANDUNG, JUARA.net – ...</c>, <c>JAKARTA (Pos Kota) – ...</c> give ORG for the
/// outlet alone, not for the dash or the place. The tagger reads <c>Merdeka.com</c> and <c>ANTARA News</c> there but
/// misses the outlets it has seldom seen.
/// </summary>
/// <remarks>
/// Only a known outlet or a web address counts (<see cref="NewsOutlets.IsOutlet"/>), written as the whole head before
/// the dash, in brackets at its end, or on one side of its one comma; or a known outlet run straight into the dash
/// before a capital (<c>Rimanews-Mabes</c>, not <c>Persib-Persija</c>, which is no outlet). An entity that covers the
/// outlet exactly as a person or place is relabelled; one that overlaps it otherwise is left alone. As in
/// <see cref="DatelinePlaces.AddMissing"/>, a document with no names from a recognizer gets none from here.
/// </remarks>
internal static class DatelineOutlets
{
    /// <summary>
    /// Tags as an organisation the outlet at the head of the paragraph [<paramref name="start"/>, <paramref name="end"/>).
    /// </summary>
    /// <param name="text">The document text.</param>
    /// <param name="entities">The document's entities; changed in place.</param>
    /// <param name="tokens">The document's tokens.</param>
    /// <param name="start">Start of the first paragraph.</param>
    /// <param name="end">End of the first paragraph.</param>
    public static void Tag(string text, List<Entity> entities, ReadOnlySpan<Token> tokens, int start, int end)
    {
        if (Find(text, start, end) is not var (outletStart, outletEnd)) return;
        bool hasNames = false;
        int exact = -1;
        for (int i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            if (entity.Label is EntityLabels.Person or EntityLabels.Organization or EntityLabels.Location) hasNames = true;
            if (entity.Start >= outletEnd || entity.End <= outletStart) continue;
            if (entity.Start != outletStart || entity.End != outletEnd || exact >= 0) return;
            exact = i;
        }

        if (exact >= 0)
        {
            // The tagger's confidence was in the other label, so none is carried over.
            if (entities[exact].Label is EntityLabels.Person or EntityLabels.Location)
            {
                entities[exact] = entities[exact].WithLabel(EntityLabels.Organization) with { Confidence = null };
            }

            return;
        }

        if (!hasNames) return;
        int first = -1;
        for (int k = 0; k < tokens.Length && tokens[k].Start < outletEnd; k++)
        {
            if (tokens[k].Start == outletStart) first = k;
            if (first >= 0 && tokens[k].End == outletEnd)
            {
                entities.Add(new Entity(text[outletStart..outletEnd], EntityLabels.Organization, outletStart, outletEnd) { TokenStart = first, TokenEnd = k + 1 });
                return;
            }
        }
    }

    /// <summary>The span of the outlet named at the head of the paragraph [<paramref name="start"/>, <paramref name="end"/>), if any.</summary>
    internal static (int Start, int End)? Find(string text, int start, int end)
    {
        // OUTLET-Text: a known outlet run straight into the dash, before a capital.
        int word = start;
        while (word < end && (char.IsLetterOrDigit(text[word]) || text[word] == '.')) word++;
        if (word > start && word + 1 < end && DatelineParser.IsDash(text[word]) && char.IsUpper(text[word + 1])
            && NewsOutlets.IsOutlet(text.AsSpan(start, word - start)))
        {
            return (start, word);
        }

        int headEnd = DatelineParser.HeadEnd(text, start, end);
        if (headEnd < 0) return null;

        // PLACE (OUTLET)
        if (text[headEnd - 1] == ')')
        {
            int open = text.LastIndexOf('(', headEnd - 1, headEnd - start);
            return open > start ? Outlet(text, open + 1, headEnd - 1) : null;
        }

        // OUTLET, PLACE or PLACE, OUTLET
        int comma = text.IndexOf(',', start, headEnd - start);
        if (comma > start)
        {
            if (text.IndexOf(',', comma + 1, headEnd - comma - 1) >= 0) return null;
            return Outlet(text, start, comma) ?? Outlet(text, comma + 1, headEnd);
        }

        return Outlet(text, start, headEnd);
    }

    // [start, end) without its outer spaces, if it names an outlet.
    private static (int Start, int End)? Outlet(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return end > start && NewsOutlets.IsOutlet(text.AsSpan(start, end - start)) ? (start, end) : null;
    }
}
