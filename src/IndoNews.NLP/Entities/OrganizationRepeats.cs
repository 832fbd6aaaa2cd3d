using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Entities;

/// <summary>
/// Finds the mentions of an organisation that the tagger, seeing one sentence at a time, left untagged although it tagged
/// the same word as an organisation elsewhere in the document: "di belakang City" after <c>City</c> twice,
/// "divisi eksplorasi antariksa Boeing" after <c>Boeing</c> six times; and a club or firm named by its own word and its
/// town or country, by that word alone: "membawa Atletico unggul" after <c>Atletico Madrid</c>.
/// </summary>
/// <remarks>
/// The word must be written with one capital and lower-case letters after it (no short forms in capitals: <c>KPR</c>
/// and <c>HET</c> are tagged as organisations, wrongly), be tagged alone as an organisation at least twice in the
/// document and never alone as anything else, and not be a word of a longer name of another kind (<c>Gunung
/// Everest</c>). The untagged mention stands alone: no capitalised word next to it, not a sentence's first word, no
/// number after it (<c>Telkom 4</c> is a satellite, <c>Bundesliga 2</c> a division), and not after <c>akun</c> (an
/// account on <c>Instagram</c> names the service as a product).
/// <para>The second source of words: an organisation tagged as two words, the second a listed place or country and the
/// first a word of one capital that is listed as nothing (no place, title or product line: <c>Android Padang</c> is a
/// community) and that news writes capitalised at least half the time
/// (<c>Atletico Madrid</c>, <c>Persegres Gresik</c>, <c>Carousell Indonesia</c>; not <c>Semen Indonesia</c>, whose
/// <c>semen</c> is cement), gives its first word, as <see cref="TeamNames"/> takes a club's town (<c>Madrid</c>).</para>
/// </remarks>
internal static class OrganizationRepeats
{
    /// <summary>How often the word must be tagged alone as an organisation in the document.</summary>
    private const int MinTagged = 2;

    /// <summary>Adds an <see cref="EntityLabels.Organization"/> entity for every such untagged mention in <paramref name="document"/>.</summary>
    /// <param name="document">The document whose entities are completed.</param>
    /// <param name="gazetteer">The listed places and countries after a first word, and the listed words that are no such word.</param>
    /// <param name="profiles">How often news capitalises a word.</param>
    public static void Add(DocumentBuilder document, Gazetteer gazetteer, WordProfiles profiles)
    {
        var entities = document.Entities;
        if (entities.Count < MinTagged) return;
        string text = document.Text;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();

        Dictionary<string, int>? counts = null;
        using var other = new TextSpanSet(text); // as spans of the text: no string per word
        using var scratch = new ScratchArray<bool>(tokens.Length);
        var covered = scratch.Array;
        foreach (var entity in entities)
        {
            if (entity.TokenStart < 0) continue;
            for (int t = entity.TokenStart; t < entity.TokenEnd; t++) covered[t] = true;
            bool single = entity.TokenEnd == entity.TokenStart + 1 && tokens[entity.TokenStart].Kind == TokenKind.Word
                          && entity.Start == tokens[entity.TokenStart].Start && entity.End == tokens[entity.TokenStart].End;
            if (single && entity.Label == EntityLabels.Organization)
            {
                counts ??= new Dictionary<string, int>(StringComparer.Ordinal);
                counts[entity.Text] = counts.GetValueOrDefault(entity.Text) + 1;
            }
            else if (entity.Label == EntityLabels.Organization && FirstWordBeforePlace(tokens, entity, gazetteer, profiles) is { } firstWord)
            {
                // "Atletico Madrid": the club's own word counts as tagged alone often enough.
                counts ??= new Dictionary<string, int>(StringComparer.Ordinal);
                counts[firstWord] = counts.GetValueOrDefault(firstWord) + MinTagged;
            }
            else if (single || entity.Label != EntityLabels.Organization)
            {
                // Tagged alone as something else, or a word of a longer name of another kind.
                for (int t = entity.TokenStart; t < entity.TokenEnd; t++)
                {
                    if (tokens[t].Kind == TokenKind.Word) other.Add(tokens[t]);
                }
            }
        }

        if (counts is null) return;
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (word, count) in counts)
        {
            if (count >= MinTagged && IsTitleCaseWord(word) && !other.Contains(word)) words.Add(word);
        }

        if (words.Count == 0) return;
        List<int>? found = null;
        foreach (var sentence in document.Sentences)
        {
            bool first = true;
            for (int t = sentence.TokenStart; t < sentence.TokenEnd; t++)
            {
                if (!char.IsLetterOrDigit(text[tokens[t].Start])) continue;
                bool opens = first;
                first = false;
                if (opens || covered[t] || tokens[t].Kind != TokenKind.Word || !char.IsUpper(text[tokens[t].Start])) continue;
                if (!words.ContainsSpan(tokens[t].Span) || !StandsAlone(text, tokens, t, sentence)) continue;
                (found ??= []).Add(t);
            }
        }

        if (found is not null) AddOrganizations(entities, tokens, found);
    }

    private const byte Places = 1 << (int)GazetteerCategory.Country | 1 << (int)GazetteerCategory.Place;

    // The first of an organisation's two words before a listed place or country ("Atletico Madrid"), when that word is a
    // title-case word listed as nothing and news capitalises it at least half the time; else null.
    private static string? FirstWordBeforePlace(ReadOnlySpan<Token> tokens, Entity entity, Gazetteer gazetteer, WordProfiles profiles)
    {
        if (!EntityTokens.CoversWholeTokens(entity, tokens) || entity.TokenEnd != entity.TokenStart + 2) return null;
        Token first = tokens[entity.TokenStart], second = tokens[entity.TokenStart + 1];
        if (first.Kind != TokenKind.Word || second.Kind != TokenKind.Word || !gazetteer.ListsWord(second.Span, Places)) return null;
        string word = first.Text;
        if (!IsTitleCaseWord(word) || gazetteer.ListsWord(first.Span, byte.MaxValue) || ProductLines.Lists(first.Span)) return null;
        uint profile = profiles.Get(FeatureHash.OfLower(first.Span));
        return WordProfiles.CapitalBucket(profile) >= WordProfiles.BucketCapitalShare(0.5) ? word : null;
    }

    // One capital, then at least two lower-case letters.
    private static bool IsTitleCaseWord(string word)
    {
        if (word.Length < 3 || !char.IsUpper(word[0])) return false;
        for (int k = 1; k < word.Length; k++)
        {
            if (!char.IsLower(word[k])) return false;
        }

        return true;
    }

    /// <summary>Adds a one-token <see cref="EntityLabels.Organization"/> entity at each token index of <paramref name="found"/>.
    /// Also used by <see cref="ListedOrganizationRepeats"/>.</summary>
    internal static void AddOrganizations(List<Entity> entities, ReadOnlySpan<Token> tokens, List<int> found)
    {
        foreach (int t in found)
        {
            entities.Add(new Entity(tokens[t].Text, EntityLabels.Organization, tokens[t].Start, tokens[t].End)
            {
                TokenStart = t,
                TokenEnd = t + 1,
            });
        }
    }

    /// <summary>
    /// Whether token <paramref name="t"/> stands alone in <paramref name="sentence"/>: no capitalised word next to it, no
    /// number right after it, and not after <c>akun</c> or an English connector. Also read by <see cref="ListedOrganizationRepeats"/>.
    /// </summary>
    internal static bool StandsAlone(string text, ReadOnlySpan<Token> tokens, int t, Sentence sentence)
    {
        if (t + 1 < sentence.TokenEnd)
        {
            var next = tokens[t + 1];
            if (next.Kind == TokenKind.Number || (next.Kind == TokenKind.Word && char.IsUpper(text[next.Start]))) return false;
        }

        if (t - 1 >= sentence.TokenStart)
        {
            var before = tokens[t - 1];
            if (before.Kind == TokenKind.Word && (char.IsUpper(text[before.Start]) || text.AsSpan(before.Start, before.End - before.Start).Equals("akun", StringComparison.OrdinalIgnoreCase))) return false;

            // An English connector joins it to a longer name: "Plug and Play", "Bank of America".
            if (before.Span is "and" or "of" or "&" or "the") return false;
        }

        return true;
    }

}
