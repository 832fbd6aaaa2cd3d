using IndoNews.NLP.Entities.Values;
using IndoNews.NLP.Internal;
using IndoNews.NLP.News;

namespace IndoNews.NLP.Entities;

/// <summary>
/// The outlet that news cites as its source is an organisation: <c>Dilansir dari boldsky.com</c>, <c>dikutip dari
/// Metro,</c>, <c>Mengutip Ace Showbiz,</c>, <c>seperti dilaporkan Reuters</c>, <c>dilansir koran lokal Asashi</c>,
/// <c>TMZ melaporkan</c>. The tagger leaves web addresses and unfamiliar titles untagged or reads them as places
/// (<c>Metro</c>, <c>New York Post</c>) or people (<c>Ace Showbiz</c>, <c>Rolling Stone</c>).
/// </summary>
/// <remarks>
/// <para>The name is the run of capitalised words (or one web address) right after a source verb (<c>dilansir</c>,
/// <c>dikutip</c>, <c>mengutip</c>, <c>melansir</c>, <c>diberitakan</c>, <c>diwartakan</c>, <c>seperti</c> or
/// <c>sebagaimana dilaporkan</c>, <c>menurut laporan</c>), past <c>dari</c> or <c>oleh</c> and the outlet's noun
/// (<c>laman</c>, <c>situs</c>, <c>kantor berita</c>, <c>koran lokal</c>, ...); <c>of</c> may join its words
/// (<c>Times of India</c>). It counts when it is a known outlet or web address (<see cref="NewsOutlets.IsOutlet"/>),
/// follows an outlet's noun, or ends the clause (punctuation, the sentence's end, or <c>pada</c>, <c>yang</c>,
/// <c>bahwa</c>, <c>dan</c>, <c>ini</c> after it): <c>mengutip Trump mengacu pada ...</c> is not a source, and a
/// weekday or month (<c>diberitakan Kamis (15/9)</c>) or a listed country (<c>surat kabar Israel, Haaretz</c>) is
/// none, and a name that goes on into a number, a dash or <c>!</c> (<c>laman Liga 1</c>, <c>Football - Italia</c>,
/// <c>E! News</c>) is left. After a bare <c>dilaporkan</c> (<c>dilaporkan ke
/// polisi</c>, <c>dilaporkan tewas</c>) only a known outlet counts. Before <c>melaporkan</c>, <c>memberitakan</c> or
/// <c>mewartakan</c> (people report to the police too) the name must be a known outlet or end in an outlet's word
/// (<c>Himalayan Times</c>, <c>Daily Mail</c>).</para>
/// <para>A cited outlet goes on: a second source after <c>dari</c> or <c>via</c> (<c>dikutip CNNIndonesia.com dari situs
/// Asianikkei</c>, <c>Melansir My Daily via Naver,</c>; <c>via</c> also ends the first name) and a list after <c>dan</c>,
/// <c>serta</c> or a comma, each item held to the same test; after a comma only a known outlet counts, and after a bare
/// <c>dari</c> no place or person does (<c>dilansir AFP dari Washington</c>, <c>dikutip Antara dari Sutopo</c>).</para>
/// <para>The name becomes ORG where no entity overlaps it, or where the only ones inside it are people or places
/// (<c>Korea Times</c> LOC, <c>India</c> in <c>Times of India</c>). An organisation over any part of it (the tagger's
/// <c>Hollywood Reporter</c> in <c>the Hollywood Reporter</c>), a value, or an entity that runs past it leaves it
/// alone, and so does a person named the same elsewhere in the document (a person quoted, not an outlet).
/// idner-news-2k and NERP tag outlets and their web addresses as organisations (<c>Kompas.com</c>,
/// <c>Tribunnews.com</c>, <c>detikcom</c>: B-ORG, B-IND).</para>
/// </remarks>
internal static class CitedOutlets
{
    /// <summary>The most words an outlet's name has (<c>Tennis World USA</c>, <c>Manchester Evening News</c>).</summary>
    private const int MaxNameWords = 5;

    /// <summary>The most outlet nouns between the verb and the name (<c>dari laman berita</c>).</summary>
    private const int MaxNouns = 3;

    private static readonly WordSet VerbsBefore = new(["dilansir", "dikutip", "mengutip", "melansir", "diberitakan", "diwartakan"]);

    private static readonly WordSet VerbsAfter = new(["melaporkan", "memberitakan", "mewartakan"]);

    // Words that name a medium before its title: "laman", "situs berita", "kantor berita", "koran lokal", "surat kabar".
    private static readonly WordSet OutletNouns = new(
    [
        "laman", "situs", "portal", "berita", "kantor", "media", "harian", "koran", "surat", "kabar", "majalah",
        "tabloid", "stasiun", "televisi", "jaringan", "website", "lokal", "online", "daring",
    ]);

    // Last words of newspapers' and sites' titles, for a name before "melaporkan" (Himalayan Times, Daily Mail).
    private static readonly WordSet TitleEnds = new(
    [
        "times", "news", "post", "journal", "herald", "tribune", "gazette", "telegraph", "mail", "reporter",
        "chronicle", "weekly", "magazine", "showbiz",
    ]);

    // Words after a name that end the source phrase ("dikutip dari Marca pada Kamis", "dilansir dari boldsky.com ini").
    private static readonly WordSet NameFollowers = new(["pada", "yang", "bahwa", "dan", "ini", "via"]);

    /// <summary>Tags or relabels as <see cref="EntityLabels.Organization"/> every outlet cited as a source in <paramref name="document"/>.</summary>
    /// <param name="document">The document; its entities change in place.</param>
    /// <param name="gazetteer">The tagger's gazetteer, whose countries are no outlets (<c>surat kabar Israel, Haaretz</c>).</param>
    public static void Add(DocumentBuilder document, Gazetteer gazetteer)
    {
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        string text = document.Text;
        var marks = new OutletMarks(document);
        try
        {
            foreach (var sentence in document.Sentences)
            {
                int end = sentence.TokenEnd;
                for (int t = sentence.TokenStart; t < end; t++)
                {
                    if (tokens[t].Kind != TokenKind.Word) continue;
                    var word = tokens[t].Span;
                    if (VerbsAfter.Contains(word))
                    {
                        TagBefore(marks, text, tokens, sentence.TokenStart, t);
                        continue;
                    }

                    bool knownOnly = false;
                    if (word.Equals("dilaporkan", StringComparison.OrdinalIgnoreCase))
                    {
                        knownOnly = t == sentence.TokenStart
                            || !(tokens[t - 1].Span.Equals("seperti", StringComparison.OrdinalIgnoreCase) || tokens[t - 1].Span.Equals("sebagaimana", StringComparison.OrdinalIgnoreCase));
                    }
                    else if (word.Equals("laporan", StringComparison.OrdinalIgnoreCase))
                    {
                        if (t == sentence.TokenStart || !tokens[t - 1].Span.Equals("menurut", StringComparison.OrdinalIgnoreCase)) continue;
                    }
                    else if (!VerbsBefore.Contains(word))
                    {
                        continue;
                    }

                    int first = t + 1;
                    if (first < end && (tokens[first].Span is "dari" or "oleh")) first++;
                    int nouns = first;
                    first = SkipNouns(tokens, first, end);
                    int last = NameEnd(text, tokens, first, end);
                    if (last == first) continue;
                    bool known = IsOutlet(text, tokens, first, last);
                    if (knownOnly ? !known : !(known || first > nouns || EndsClause(tokens, last, end))) continue;
                    if (!known && (IsCountry(tokens, first, last, gazetteer) || RunsOn(tokens, last, end))) continue;
                    if (marks.Tag(first, last)) last = TagMore(marks, text, tokens, last, end, gazetteer);
                    t = last - 1;
                }
            }
        }
        finally
        {
            marks.Apply();
        }
    }

    // The outlets that go on from a cited one: a second source after "dari" or "via" ("dilansir JUARA dari Motorsport",
    // "Melansir My Daily via Naver"), and the items of a list after "dan", "serta" or a comma ("dilansir Kotaku dan
    // Anime News Network", "mengutip Reuters dan AFP"). After a comma only a known outlet counts (a comma ends the
    // source phrase: "Dilansir Reuters, Presiden Trump ..."), and after a bare "dari" no place or person (a report
    // "dari Beijing", a quote "dari Sutopo").
    // Returns the end of the last outlet tagged.
    private static int TagMore(OutletMarks marks, string text, ReadOnlySpan<Token> tokens, int last, int end, Gazetteer gazetteer)
    {
        while (last + 1 < end)
        {
            var joint = tokens[last].Span;
            bool source = joint is "dari" or "via";
            bool comma = joint is ",";
            if (!(source || comma || joint is "dan" or "serta")) break;
            int nouns = last + 1;
            int first = SkipNouns(tokens, nouns, end);
            int next = NameEnd(text, tokens, first, end);
            if (next == first) break;
            bool known = IsOutlet(text, tokens, first, next);
            if (!known)
            {
                if (comma || !(first > nouns || EndsClause(tokens, next, end))) break;
                if (IsCountry(tokens, first, next, gazetteer) || RunsOn(tokens, next, end)) break;
                if (joint is "dari" && first == nouns && (IsPlace(tokens, first, next, gazetteer) || marks.Covers(first, next, EntityLabels.Location) || marks.Covers(first, next, EntityLabels.Person))) break;
            }

            if (!marks.Tag(first, next)) break;
            last = next;
        }

        return last;
    }

    // Skips up to MaxNouns lower-case outlet nouns ("dari laman berita", "koran lokal").
    private static int SkipNouns(ReadOnlySpan<Token> tokens, int first, int end)
    {
        int nouns = first;
        while (first < end && first - nouns < MaxNouns && OutletNouns.Contains(tokens[first].Span) && char.IsLower(tokens[first].Span[0])) first++;
        return first;
    }

    // The outlet before "melaporkan": the capitalised run that ends right before it, known or ending in a title's word.
    private static void TagBefore(OutletMarks marks, string text, ReadOnlySpan<Token> tokens, int sentenceStart, int verb)
    {
        int first = verb;
        while (first > sentenceStart && verb - first < MaxNameWords && IsNameWord(tokens[first - 1])) first--;
        // The sentence's first word is a name only when it is no connective ("Sementara Daily Mail melaporkan").
        if (first == sentenceStart && first < verb && ConnectivesBeforeNames.Contains(tokens[first].Span)) first++;
        if (first == verb) return;
        if (IsOutlet(text, tokens, first, verb) || (verb - first >= 2 && TitleEnds.Contains(tokens[verb - 1].Span))) marks.Tag(first, verb);
    }

    // The end (exclusive) of the name that starts at token first: one web address, or capitalised words joined by "of".
    private static int NameEnd(string text, ReadOnlySpan<Token> tokens, int first, int end)
    {
        if (first >= end) return first;
        if (tokens[first].Kind == TokenKind.Url) return NewsOutlets.IsOutlet(tokens[first].Span) ? first + 1 : first;
        if (!IsNameWord(tokens[first])) return first;

        // A date is no source: "diberitakan Kamis (15/9)", "dikutip Maret lalu".
        int start = tokens[first].Start;
        if (IndonesianCalendar.MatchWeekday(text, start, out _) == tokens[first].End
            || IndonesianCalendar.MatchMonth(text, start, allowAbbreviation: false, out _) == tokens[first].End)
        {
            return first;
        }

        int last = first + 1;
        while (last < end && last - first < MaxNameWords)
        {
            if (IsNameWord(tokens[last])) last++;
            else if (last + 1 < end && tokens[last].Span is "of" && IsNameWord(tokens[last + 1])) last += 2;
            else break;
        }

        return last;
    }

    // A word that opens with a capital: "Metro", "NME", "FourFourTwo", "CNNIndonesia.com".
    private static bool IsNameWord(Token token)
        => token.Kind is TokenKind.Word or TokenKind.Url && char.IsUpper(token.Span[0]);

    private static bool IsOutlet(string text, ReadOnlySpan<Token> tokens, int first, int last)
        => NewsOutlets.IsOutlet(text.AsSpan(tokens[first].Start, tokens[last - 1].End - tokens[first].Start));

    // The name ends the source phrase: punctuation, the sentence's end, or a word that follows a source ("pada Kamis").
    private static bool EndsClause(ReadOnlySpan<Token> tokens, int last, int end)
        => last >= end || tokens[last].Kind == TokenKind.Punctuation || NameFollowers.Contains(tokens[last].Span);

    // The title goes on past the capitalised words: into a number, a dash or an exclamation mark ("laman Liga 1",
    // "Football - Italia", "E-Daily", "E! News"), so the words alone are not the outlet.
    private static bool RunsOn(ReadOnlySpan<Token> tokens, int last, int end)
    {
        if (last >= end) return false;
        var next = tokens[last];
        return next.Kind == TokenKind.Number || (next.Length == 1 && (next.Span[0] == '!' || DatelineParser.IsDash(next.Span[0])));
    }

    // A listed country is the outlet's origin, not its title: "surat kabar Israel, Haaretz", "media Turki, DHA".
    private static bool IsCountry(ReadOnlySpan<Token> tokens, int first, int last, Gazetteer gazetteer)
        => IsListed(tokens, first, last, gazetteer, 1 << (int)GazetteerCategory.Country);

    // A listed country or place is where a report comes from: "dilansir AFP dari Washington".
    private static bool IsPlace(ReadOnlySpan<Token> tokens, int first, int last, Gazetteer gazetteer)
        => IsListed(tokens, first, last, gazetteer, (1 << (int)GazetteerCategory.Country) | (1 << (int)GazetteerCategory.Place));

    // The whole name is one gazetteer entry of the given categories.
    private static bool IsListed(ReadOnlySpan<Token> tokens, int first, int last, Gazetteer gazetteer, int categories)
    {
        Span<ulong> hashes = stackalloc ulong[2 * MaxNameWords];
        int words = 0;
        for (int t = first; t < last && words < hashes.Length; t++) hashes[words++] = FeatureHash.OfLower(tokens[t].Span);
        return gazetteer.LongestMatch(hashes[..words], 0, (byte)categories) == words;
    }
}
