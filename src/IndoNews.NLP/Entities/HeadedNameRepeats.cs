using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Entities;

/// <summary>
/// Finds the untagged repeats of an organisation or place whose name opens with a listed head word and that the tagger,
/// seeing one sentence at a time, tagged elsewhere in the document: "konservasi Candi Borobudur" after <c>Candi
/// Borobudur</c>, "kegiatan Ditjen Perkeretaapian lainnya", "perairan Laut Hitam"; and likewise an organisation of two or
/// more words that a body's noun or the organisation lists vouch for ("Andika 'Kangen Band'" after <c>grup Kangen Band</c>,
/// "sikap Kompas TV").
/// </summary>
/// <remarks>
/// The name has two or more words, the first written with a capital and opening with a listed organisation or place head
/// (<c>Dinas</c>, <c>Yayasan</c>, <c>PT</c>, <c>Candi</c>, <c>Laut</c>) that is followed by at least one more word, and the
/// same text is tagged in the document with one label only, organisation or place (a head-led name the tagger also read as
/// a person is left). Such names are what news capitalises; names without a head repeat untagged mostly where the tagger
/// was right to leave them (products, films, dishes it had once tagged: <c>Nasi Gandul</c>, <c>QR Code</c>, <c>Piala
/// Sudirman</c>, <c>The Legend of Zelda</c>, and persons, <c>La Nyalla</c>), and so do short forms in capitals (<c>BAP</c>,
/// <c>TPS</c>, <c>BUMN</c>) and lone capitalised words (clubs read as places, products). An organisation with no head
/// counts where one of its tagged mentions carries a body's evidence (<see cref="OrganizationCues.HasEvidence"/>: a tail
/// only bodies carry, <c>Kangen Band</c>, <c>Express Group</c>; a body's noun before it or as its apposition or predicate,
/// <c>girlband Little Mix</c>) or its whole text is a listed organisation and no listed person, place or country
/// (<c>Kompas TV</c>, <c>Densus 88</c>, <c>The Beatles</c>). The untagged mention covers no other entity and stands alone (of names that run on
/// from the same word, the longest that does: <c>Dinas Pendidikan dan Kebudayaan</c> over <c>Dinas Pendidikan</c>): no capitalised word
/// right before or after it in the sentence (<c>Dinas Pendidikan Kabupaten Kebumen</c> is a longer name), no <c>of</c>,
/// <c>and</c>, <c>the</c> or <c>&amp;</c> right before it (<c>Observatories of Chinese Academy of Sciences</c>) and no
/// number after it.
/// </remarks>
internal static class HeadedNameRepeats
{
    /// <summary>Adds an entity for every untagged repeat of such a name in <paramref name="document"/>, with the name's label.</summary>
    public static void Add(DocumentBuilder document, Gazetteer gazetteer)
    {
        if (document.Entities.Count == 0) return;

        // Name text → label, or null where the same text is tagged with two labels: a table kept on the thread and
        // emptied for its next document (ThreadScratch).
        var names = ThreadScratch<NameLabels>.Take();
        try
        {
            Add(document, gazetteer, names);
        }
        finally
        {
            ThreadScratch<NameLabels>.Return(names);
        }
    }

    // The table of one call: names by text, ordinal.
    private sealed class NameLabels() : Dictionary<string, string?>(StringComparer.Ordinal), IReusableScratch
    {
        private const int MaxPooledNames = 4096;

        public bool TryReset()
        {
            if (Count > MaxPooledNames) return false;
            Clear();
            return true;
        }
    }

    private static void Add(DocumentBuilder document, Gazetteer gazetteer, Dictionary<string, string?> names)
    {
        var entities = document.Entities;
        string text = document.Text;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        // The names with evidence of their kind: a listed head ("Dinas", "Candi") or, for an organisation, a body's noun at
        // some mention ("grup Little Mix", "Kangen Band") or the whole name in the organisation lists and no other
        // ("Kompas TV", "The Beatles"), which is the evidence that a head word gives.
        HashSet<string>? evidenced = null;
        foreach (var entity in entities)
        {
            if (entity.TokenStart < 0 || entity.Label is not (EntityLabels.Person or EntityLabels.Organization or EntityLabels.Location)) continue;
            if (entity.Label != EntityLabels.Person && IsWholeName(text, tokens, entity) && (evidenced is null || !evidenced.Contains(entity.Text))
                && (IsHeaded(text, tokens, entity, gazetteer) || (entity.Label == EntityLabels.Organization 
                    && (OrganizationCues.HasEvidence(tokens, entity) || ListedOrganizations.Lists.IsOrganizationOnly(entity.Text)))))
            {
                (evidenced ??= new HashSet<string>(StringComparer.Ordinal)).Add(entity.Text);
            }

            if (names.TryGetValue(entity.Text, out string? label))
            {
                if (label != entity.Label) names[entity.Text] = null;
                continue;
            }

            names[entity.Text] = entity.Label;
        }

        if (evidenced is null) return;

        // The names, found by the hash of their text; and for each first word (by hash), the
        // length of its longest name. A mention is looked up by its text, so many names that share a head word ("Dinas
        // ...") cost nothing where the head word stands without one of them.
        List<(string Name, string Label, int FirstWordLength)>? headedNames = null;
        Dictionary<int, List<int>>? byText = null;
        Dictionary<int, int>? longestByFirstWord = null;
        foreach (var (name, label) in names)
        {
            if (label is null || !evidenced.Contains(name)) continue;
            int space = name.IndexOf(' ', StringComparison.Ordinal);
            int firstLength = space < 0 ? name.Length : space;
            headedNames ??= [];
            byText ??= new();
            longestByFirstWord ??= new();
            int firstHash = string.GetHashCode(name.AsSpan(0, firstLength));
            longestByFirstWord[firstHash] = Math.Max(longestByFirstWord.GetValueOrDefault(firstHash), name.Length);
            int textHash = string.GetHashCode(name.AsSpan());
            if (!byText.TryGetValue(textHash, out var ids)) byText[textHash] = ids = [];
            ids.Add(headedNames.Count);
            headedNames.Add((name, label, firstLength));
        }

        if (headedNames is null) return;
        using var scratch = new ScratchArray<bool>(tokens.Length);
        var covered = scratch.Array;
        foreach (var entity in entities)
        {
            if (entity.TokenStart < 0) continue;
            for (int t = entity.TokenStart; t < entity.TokenEnd; t++) covered[t] = true;
        }

        List<Entity>? found = null;
        foreach (var sentence in document.Sentences)
        {
            for (int t = sentence.TokenStart; t < sentence.TokenEnd; t++)
            {
                if (covered[t] || tokens[t].Kind != TokenKind.Word || !longestByFirstWord!.TryGetValue(string.GetHashCode(tokens[t].Span), out int longest)) continue;

                // The longest name whose text runs from this token to a token's end and that stands alone over free
                // tokens: "Dinas Pendidikan dan Kebudayaan", not "Dinas Pendidikan" of it, whichever was tagged first.
                int start = tokens[t].Start, best = -1, bestEnd = -1;
                for (int k = t; k < sentence.TokenEnd && tokens[k].End - start <= longest; k++)
                {
                    var span = text.AsSpan(start, tokens[k].End - start);
                    if (!byText!.TryGetValue(string.GetHashCode(span), out var ids)) continue;
                    foreach (int id in ids)
                    {
                        var (name, _, firstLength) = headedNames[id];
                        if (!span.SequenceEqual(name) || !tokens[t].Span.SequenceEqual(name.AsSpan(0, firstLength))) continue;
                        if (!StandsAlone(text, tokens, t, k + 1, sentence) || !Free(covered, t, k + 1)) continue;
                        best = id;
                        bestEnd = k + 1;
                    }
                }

                if (best < 0) continue;
                for (int k = t; k < bestEnd; k++) covered[k] = true;
                (found ??= []).Add(new Entity(headedNames[best].Name, headedNames[best].Label, start, tokens[bestEnd - 1].End) { TokenStart = t, TokenEnd = bestEnd });
            }
        }

        if (found is not null) entities.AddRange(found);
    }

    // Two or more words, whole tokens, the first a word written with a capital.
    private static bool IsWholeName(string text, ReadOnlySpan<Token> tokens, Entity entity)
    {
        int count = entity.TokenEnd - entity.TokenStart;
        if (count < 2 || count > 16) return false;
        var first = tokens[entity.TokenStart];
        if (entity.Start != first.Start || entity.End != tokens[entity.TokenEnd - 1].End) return false;
        return first.Kind == TokenKind.Word && char.IsUpper(text[first.Start]);
    }

    // Two or more words, whole tokens, the first capitalised, opening with a listed head that leaves a word after it.
    private static bool IsHeaded(string text, ReadOnlySpan<Token> tokens, Entity entity, Gazetteer gazetteer)
    {
        if (!IsWholeName(text, tokens, entity)) return false;
        int count = entity.TokenEnd - entity.TokenStart;
        Span<ulong> hashes = stackalloc ulong[count];
        for (int k = 0; k < count; k++) hashes[k] = FeatureHash.OfLower(tokens[entity.TokenStart + k].Span);
        const byte heads = 1 << (int)GazetteerCategory.OrganizationHead | 1 << (int)GazetteerCategory.PlaceHead;
        int head = gazetteer.LongestMatch(hashes, 0, heads);
        return head > 0 && head < count;
    }

    private static bool Free(bool[] covered, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (covered[k]) return false;
        }

        return true;
    }

    // No capitalised word right before or after the mention within the sentence, and no number right after it.
    private static bool StandsAlone(string text, ReadOnlySpan<Token> tokens, int start, int end, Sentence sentence)
    {
        if (end < sentence.TokenEnd)
        {
            var next = tokens[end];
            if (next.Kind == TokenKind.Number || (next.Kind == TokenKind.Word && char.IsUpper(text[next.Start]))) return false;
        }

        if (start > sentence.TokenStart)
        {
            // Nor a word that joins the mention into a longer name ("Observatories of Chinese Academy of Sciences").
            var before = tokens[start - 1];
            if (before.Kind == TokenKind.Word && (char.IsUpper(text[before.Start]) || before.Span is "of" or "and" or "the")) return false;
            if (before.Span is "&") return false;
        }

        return true;
    }
}
