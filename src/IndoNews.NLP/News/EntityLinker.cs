using IndoNews.NLP.Internal;

namespace IndoNews.NLP.News;

/// <summary>
/// Groups the entity mentions of one document by the entity they name, and picks each group's canonical name.
/// </summary>
/// <remarks>
/// <para>Links, in order of confidence:</para>
/// <list type="number">
/// <item>the same name (case and spacing aside; titles such as <c>Presiden</c> aside for people);</item>
/// <item>an acronym defined in the text: <c>Amerika Serikat (AS)</c>, <c>KPK (Komisi Pemberantasan Korupsi)</c>;</item>
/// <item>names of one entry of the <see cref="AliasList"/> (<c>KPK</c> ↔ <c>Komisi Pemberantasan Korupsi</c>);</item>
/// <item>an all-capitals acronym that spells the initials of exactly one longer name (<c>MA</c> ↔ <c>Mahkamah Agung</c>);</item>
/// <item>a person's partial name inside exactly one fuller name (<c>Assad</c> ↔ <c>Bashar al-Assad</c>); with several,
/// the nearest fuller name before the mention;</item>
/// <item>an organisation named without its designator (<c>Golkar</c> ↔ <c>Partai Golkar</c>, <c>Arema</c> ↔ <c>Arema FC</c>).</item>
/// </list>
/// <para>People link only with people; places and organisations may link with each other, because taggers
/// disagree on names such as <c>AS</c>. The canonical name is the fullest mention that is neither an acronym nor a
/// listed nickname (<c>Napoli</c>, not <c>Partenopei</c>).</para>
/// </remarks>
internal static partial class EntityLinker
{
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "presiden", "wakil", "wapres", "menteri", "pak", "bu", "ibu", "bapak", "dr", "dr.", "prof", "prof.", "h", "h.", "hj", "hj.",
        "ir", "ir.", "jenderal", "jenderal.", "letjen", "mayjen", "brigjen", "irjen", "kapolri", "kapolda", "gubernur", "bupati",
        "wali", "kota", "ketua", "sekjen", "mr", "mr.", "mrs", "ms", "sir", "raja", "ratu", "pangeran", "syekh", "kh", "kh.",
    };

    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "dan", "dari", "di", "ke", "untuk", "yang", "atas", "pada", "the", "of", "and", "for", "&", "de", "la", "del",
    };

    private static readonly HashSet<string> OrgDesignators = new(StringComparer.OrdinalIgnoreCase)
    {
        "partai", "pt", "pt.", "tim", "klub", "fc", "cv", "perum", "persero", "(persero)", "tbk", "tbk.", "grup", "group",
    };

    // Initials and Bare (the name without an organisation designator) are computed once per mention: the linking
    // rules compare each mention with thousands of others in a long document, and building them per pair allocated
    // gigabytes.
    // IsNickname: a listed alias sharing no word with its entry's name (Partenopei for Napoli), never a cluster's name
    // while a real name is in it.
    private readonly record struct Mention(int Index, string Label, string Key, string StrippedKey, string[] Words, bool IsAcronym, int Start, int End, string Initials, string Bare, bool IsNickname);

    /// <summary>Clusters the mentions of <paramref name="entities"/> whose label is in <paramref name="labels"/>, skipping ignored ones.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="entities">The entities; cluster mentions are indices into this list.</param>
    /// <param name="ignored">Per entity: true when it lies in a duplicate or boilerplate paragraph and must not be counted.</param>
    /// <param name="aliases">The alias list.</param>
    /// <param name="labels">The labels to cluster.</param>
    public static List<EntityCluster> Link(string text, IReadOnlyList<Entity> entities, IReadOnlyList<bool> ignored, AliasList aliases, IReadOnlySet<string> labels)
    {
        // The working collections are reused from document to document on each thread (see LinkScratch).
        var scratch = ThreadScratch<LinkScratch>.Take();
        var clusters = Link(text, entities, ignored, aliases, labels, scratch);
        ThreadScratch<LinkScratch>.Return(scratch);
        return clusters;
    }

    private static List<EntityCluster> Link(string text, IReadOnlyList<Entity> entities, IReadOnlyList<bool> ignored, AliasList aliases, IReadOnlySet<string> labels, LinkScratch scratch)
    {
        var mentions = scratch.Mentions;
        var sameName = scratch.SameName;
        for (int i = 0; i < entities.Count; i++)
        {
            var e = entities[i];
            if (ignored[i] || !labels.Contains(e.Label)) continue;
            bool person = e.Label == EntityLabels.Person;

            // A name met before in the document (with the same person flag, on which its words depend) has its key,
            // words and initials already: the mention shares them instead of building them again.
            if (sameName.TryGetValue((e.Text, person), out int seen))
            {
                if (seen >= 0) mentions.Add(mentions[seen] with { Index = i, Label = e.Label, Start = e.Start, End = e.End });
                continue;
            }

            string name = Trim(e.Text);
            string key = AliasList.Key(name);
            if (key.Length == 0)
            {
                sameName[(e.Text, person)] = -1;
                continue;
            }

            var words = Words(key, person, scratch.Words);
            string stripped = words.Length > 0 ? Join(words, key) : key;
            bool acronym = IsAcronym(name);
            sameName[(e.Text, person)] = mentions.Count;
            mentions.Add(new Mention(i, e.Label, key, stripped, words, acronym, e.Start, e.End, Initials(words), WithoutDesignator(words),
                !acronym && IsNickname(aliases, key, stripped)));
        }

        mentions.Sort(static (a, b) => a.Start.CompareTo(b.Start));

        var oneWordPersons = scratch.OneWordPersons;
        foreach (var mention in mentions)
        {
            if (mention.Label == EntityLabels.Person && mention.Words.Length == 1) oneWordPersons.Add(mention.Words[0]);
        }

        SentenceEndIndex? sentenceEnds = null; // built on first need: most documents never ask

        // The words of names of two or more words, by label: a word that is part of a fuller name is a name in its own right.
        var inLongerNames = scratch.InLongerNames;
        foreach (var mention in mentions)
        {
            if (mention.Words.Length < 2) continue;
            foreach (var word in mention.Words) inLongerNames.Add((mention.Label, word));
        }
        var sets = scratch.Sets;
        sets.Reset(mentions.Count);

        // 1. Same name (stripped of titles for people).
        var byKey = scratch.ByKey;
        for (int m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            var k = (mention.StrippedKey, mention.Label == EntityLabels.Person);
            if (byKey.TryGetValue(k, out int first)) sets.Union(first, m);
            else byKey[k] = m;
        }

        // 2. Acronyms defined in the text, by position: NAME (ACR) or ACR (NAME).
        var definitions = FindDefinitions(text, mentions, scratch);

        // Most documents define no acronym: the mentions by key (a list per name) are built only for those that do.
        var byExactKey = definitions.Count > 0 ? new Dictionary<string, List<int>>() : null;
        for (int m = 0; byExactKey is not null && m < mentions.Count; m++)
        {
            if (!byExactKey.TryGetValue(mentions[m].Key, out var list)) byExactKey[mentions[m].Key] = list = [];
            list.Add(m);
        }

        foreach (var (acronymKey, nameMention) in definitions)
        {
            if (!byExactKey!.TryGetValue(acronymKey, out var withKey)) continue;
            foreach (int m in withKey)
            {
                if (Compatible(mentions[m].Label, mentions[nameMention].Label)) sets.Union(m, nameMention);
            }
        }

        // 3. The alias list.
        var byEntry = scratch.ByEntry;
        for (int m = 0; m < mentions.Count; m++)
        {
            int entry = aliases.IndexOf(mentions[m].Key);
            if (entry < 0) entry = aliases.IndexOf(mentions[m].StrippedKey);
            if (entry < 0) continue;
            if (byEntry.TryGetValue(entry, out int first) && Compatible(mentions[first].Label, mentions[m].Label)) sets.Union(first, m);
            else byEntry.TryAdd(entry, m);
        }

        // 4. Initials; 5. partial person names; 6. organisations without designator. Once per distinct name: the
        // other mentions of a name are already in its set, which keeps long documents near-linear in names × mentions.
        // Each rule is a LinkRule tested by Fits, not a lambda: a closure and delegates per mention were a large share of
        // the default pipeline's allocations.
        var done = scratch.Done;
        for (int m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (!done.Add((mention.Key, mention.Label))) continue;
            if (mention.IsAcronym && !definitions.ContainsKey(mention.Key))
            {
                string letters = mention.Key.Replace(" ", string.Empty, StringComparison.Ordinal);
                LinkUnique(m, LinkRule.Initials, letters);
            }

            // A two-word name joins a longer one that starts with it (Sri Mulyani ↔ Sri Mulyani Indrawati), not one that
            // ends with it: "Iriana Joko Widodo", the President's wife, must not take Joko Widodo's mentions.
            if (mention.Label == EntityLabels.Person && mention.Words.Length is >= 1 and <= 2)
            {
                LinkUnique(m, LinkRule.PartialPerson);
            }

            if (mention.Label == EntityLabels.Organization)
            {
                if (mention.Bare.Length > 0) LinkUnique(m, LinkRule.WithoutDesignator);

                // Newcastle ↔ Newcastle United, Persegres ↔ Persegres Gresik, Dewan Keamanan ↔ Dewan Keamanan PBB.
                // Not for acronyms ("TNI" before "TNI AD" names the parent, not the unit), nor for "X Indonesia", the
                // usual name of a company's Indonesian subsidiary (Huawei ↔ Huawei Indonesia are two companies), nor for a
                // name that adds a model number: Ferrari GTC4Lusso T, Samsung Galaxy S8 and Oppo F5 are products, not the maker.
                // Such a product still counts as a rival: Nintendo beside Nintendo Switch and Nintendo 3DS joins neither.
                if (!mention.IsAcronym && mention.Words.Length is >= 1 and <= 2)
                {
                    LinkUnique(m, LinkRule.OrganizationHead, nearestOnTie: false);
                }
            }

            // A place named without its administrative head: Garut ↔ Kabupaten Garut, Bali ↔ Pulau Bali. Not streets or
            // buildings: "Jalan Garut" is no name of Garut.
            if (mention.Label == EntityLabels.Location && !mention.IsAcronym)
            {
                // Kota Bekasi and Kabupaten Bekasi are two places: "Bekasi" beside both joins neither.
                LinkUnique(m, LinkRule.PlaceWithoutHead, nearestOnTie: false);
            }

            // A shortened first or last name: Enggar ↔ Enggartiasto Lukita, Eve ↔ Evelyn Nada Anjani.
            if (mention.Label == EntityLabels.Person && mention.Words.Length == 1 && mention.Words[0].Length >= 3 && !mention.IsAcronym)
            {
                LinkUnique(m, LinkRule.ShortenedName, nearestOnTie: false);
            }

            // A one-letter slip in a long one-word name: Liverpoool ↔ Liverpool, Harminto ↔ Harmianto. Not when each
            // spelling is also part of its own fuller name: "Persib Bandung" and "Persiba Balikpapan" are two clubs, so
            // Persib and Persiba are too.
            if (mention.Words.Length == 1 && mention.Words[0].Length >= MinTypoLength && !mention.IsAcronym)
            {
                LinkUnique(m, LinkRule.OneWordSlip, nearestOnTie: false);
            }

            // The same slip in one word of a longer name, the others equal: Toni Kross ↔ Toni Kroos, Siti Fadilah Supari ↔
            // Siti Fadillah Supari. The equal words make a shorter slipped word safe.
            if (mention.Words.Length >= 2 && !mention.IsAcronym)
            {
                LinkUnique(m, LinkRule.SlipInLongerName, nearestOnTie: false);
            }

            // A middle name dropped: Wahyu Nugroho ↔ Wahyu Tri Nugroho, Mary Jane Veloso ↔ Mary Jane Fiesta Veloso.
            if (mention.Label == EntityLabels.Person && mention.Words.Length >= 2 && !mention.IsAcronym)
            {
                LinkUnique(m, LinkRule.DroppedMiddleName, nearestOnTie: false);
            }
        }

        return Build(entities, mentions, sets, scratch);

        // Rudolof Yanto Basna, then Yanto Basna: a full name shortened by its one first word once it has been introduced
        // (shorter is the first mention of its name) and a later sentence refers back. Joko Widodo named before "Iriana
        // Joko Widodo", Iriana named on her own, or "Radhan Nur Alam, anak ... Nur Alam" in one sentence stay apart.
        bool DropsIntroducedFirstName(in Mention shorter, in Mention longer)
            => shorter.Words.Length == 2 && longer.Words.Length == 3 && longer.End <= shorter.Start
                && !oneWordPersons.Contains(longer.Words[0]) && (sentenceEnds ??= new SentenceEndIndex(text)).Between(longer.End, shorter.Start);

        // Whether other is a name that mention may join by rule (letters: mention's key without spaces, for Initials).
        bool Fits(LinkRule rule, in Mention mention, in Mention other, string? letters)
        {
            switch (rule)
            {
                case LinkRule.Initials:
                    return other.Words.Length >= 2 && Compatible(other.Label, mention.Label) && other.Initials == letters;
                case LinkRule.PartialPerson:
                    return other.Label == EntityLabels.Person && other.Words.Length > mention.Words.Length
                        && (mention.Words.Length == 1 ? ContainsRun(other.Words, mention.Words)
                            : StartsWithRun(other.Words, mention.Words)
                              || ((SurnameParticles.Contains(mention.Words[0]) || LeadsWithNamePrefixes(other.Words, other.Words.Length - mention.Words.Length)
                                   || DropsIntroducedFirstName(mention, other))
                                  && EndsWithRun(other.Words, mention.Words)));
                case LinkRule.WithoutDesignator:
                    return other.Label == EntityLabels.Organization && other.StrippedKey != mention.StrippedKey
                        && (other.StrippedKey == mention.Bare || other.Bare == mention.StrippedKey);
                case LinkRule.OrganizationHead:
                    return other.Label == EntityLabels.Organization && other.Words.Length > mention.Words.Length
                        && StartsWithRun(other.Words, mention.Words) && other.Words[^1] != "indonesia";
                case LinkRule.PlaceWithoutHead:
                    return other.Label == EntityLabels.Location && other.Words.Length > mention.Words.Length
                        && LeadsWith(other.Words, other.Words.Length - mention.Words.Length, AdministrativeHeads) && EndsWithRun(other.Words, mention.Words);
                case LinkRule.ShortenedName:
                    {
                        string word = mention.Words[0];
                        return other.Label == EntityLabels.Person && other.Words.Length >= 2 && !other.Words.Contains(word)
                            && (IsShortening(word, other.Words[0]) || IsShortening(word, other.Words[^1]));
                    }

                case LinkRule.OneWordSlip:
                    {
                        string word = mention.Words[0];
                        return other.Label == mention.Label && other.Words.Length == 1 && other.Words[0] != word && IsOneEditApart(word, other.Words[0])
                            && !(inLongerNames.Contains((mention.Label, word)) && inLongerNames.Contains((mention.Label, other.Words[0])));
                    }

                case LinkRule.SlipInLongerName:
                    return other.Label == mention.Label && OneWordOneEditApart(mention.Words, other.Words);
                case LinkRule.DroppedMiddleName:
                    return other.Label == EntityLabels.Person && other.Words.Length > mention.Words.Length
                        && other.Words[0] == mention.Words[0] && other.Words[^1] == mention.Words[^1];
                default:
                    throw new ArgumentOutOfRangeException(nameof(rule), rule, null);
            }
        }

        // Links mention m to the one distinct name that fits rule; with several, to the nearest earlier mention of one (or to none).
        // An organisation's head (Newcastle ↔ Newcastle United) links only where the name found adds no digit (no model number).
        void LinkUnique(int m, LinkRule rule, string? letters = null, bool nearestOnTie = true)
        {
            ReadOnlySpan<Mention> all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(mentions);
            ref readonly Mention mention = ref all[m];
            string? onlyKey = null;
            bool ambiguous = false;
            int nearestBefore = -1, firstFit = -1;
            // Only mentions within a window are compared: an article has far fewer, and a huge document
            // (a whole scraped site as one text) stays linear instead of quadratic.
            int from = Math.Max(0, m - LinkWindow), to = Math.Min(all.Length, m + LinkWindow + 1);
            for (int o = from; o < to; o++)
            {
                ref readonly Mention other = ref all[o];
                if (o == m || !Fits(rule, mention, other, letters)) continue;
                if (firstFit < 0) firstFit = o;
                if (onlyKey is null) onlyKey = other.StrippedKey;
                else if (onlyKey != other.StrippedKey) ambiguous = true;
                if (other.Start < mention.Start) nearestBefore = o;
            }

            if (firstFit < 0) return;
            if (!ambiguous)
            {
                if (rule != LinkRule.OrganizationHead || !AnyHasDigit(all[firstFit].Words, mention.Words.Length)) sets.Union(m, firstFit);
            }
            else if (nearestOnTie && nearestBefore >= 0) sets.Union(m, nearestBefore);
        }
    }

    // The rules that link a mention to the one other name that fits (see Fits in Link).
    private enum LinkRule
    {
        Initials,
        PartialPerson,
        WithoutDesignator,
        OrganizationHead,
        PlaceWithoutHead,
        ShortenedName,
        OneWordSlip,
        SlipInLongerName,
        DroppedMiddleName,
    }

    // Mentions compared on each side of a mention when linking; far above any news article's count (a long
    // feature has a few hundred), and small enough that a whole scraped site as one text links in linear time.
    private const int LinkWindow = 500;

    private static bool Compatible(string a, string b)
        => a == b || (a != EntityLabels.Person && b != EntityLabels.Person);

    // Words of a name for matching: lower case, hyphens split ("al-assad" → "al", "assad"), Arabic article dropped, titles dropped for people.
    private static string[] Words(string key, bool person, List<string> words)
    {
        // Spans, not Split: only the words kept become strings (this runs for every mention of every document). The
        // list is the call's working list, emptied here.
        words.Clear();
        var rest = key.AsSpan();
        while (!rest.IsEmpty)
        {
            int space = rest.IndexOf(' ');
            var raw = space < 0 ? rest : rest[..space];
            rest = space < 0 ? default : rest[(space + 1)..];
            if (raw.IsEmpty) continue;
            if (person && Titles.ContainsSpan(raw)) continue;
            bool hyphenated = raw.Contains('-');
            var parts = raw;
            while (!parts.IsEmpty)
            {
                int dash = parts.IndexOf('-');
                var part = dash < 0 ? parts : parts[..dash];
                parts = dash < 0 ? default : parts[(dash + 1)..];
                if (part.IsEmpty) continue;
                if (hyphenated && part is "al" or "el" or "ar" or "as" or "ad" or "an" or "bin" or "binti") continue;
                var word = part.TrimEnd(".,");
                if (word.Length > 0) words.Add(word.Length == key.Length ? key : word.ToString()); // ". Komisi": punctuation alone is no word
            }
        }

        return [.. words];
    }

    // The words joined by single spaces; the key itself when that is what they spell, as for most names.
    private static string Join(string[] words, string key)
    {
        int length = words.Length - 1;
        foreach (var w in words) length += w.Length;
        if (length == key.Length)
        {
            int at = 0;
            bool same = true;
            foreach (var w in words)
            {
                if (at > 0) same &= key[at++] == ' ';
                same = same && key.AsSpan(at, w.Length).SequenceEqual(w);
                if (!same) break;
                at += w.Length;
            }

            if (same) return key;
        }

        return string.Join(' ', words);
    }

    // Quotes, commas and unbalanced brackets a tagger may leave on a name ("KPK)", "“Jokowi"); "PT PLN (Persero)" keeps its own.
    private static string Trim(string text)
    {
        var t = text.AsSpan().Trim("\"'“”‘’,;: \t\r\n");
        while (t.Length > 0 && ((t[^1] == ')' && !t.Contains('(')) || (t[^1] == ']' && !t.Contains('[')))) t = t[..^1].TrimEnd();
        while (t.Length > 0 && ((t[0] == '(' && !t.Contains(')')) || (t[0] == '[' && !t.Contains(']')))) t = t[1..].TrimStart();
        return t.Length == text.Length ? text : t.ToString(); // most names need no trimming: no copy
    }

    // KPK, AS, DPR RI; not JAKARTA (a place in capitals: too long), not Kemenkeu (that is what the alias list is for).
    private static bool IsAcronym(string text)
    {
        var t = text.AsSpan().Trim();
        if (t.Length is < 2 or > 12) return false;
        int upper = 0;
        foreach (char c in t)
        {
            if (char.IsLower(c)) return false;
            if (char.IsUpper(c)) upper++;
        }

        return upper is >= 2 and <= MaxAcronymLetters;
    }

    private const int MaxAcronymLetters = 6;

    private static string Initials(string[] words)
    {
        Span<char> buffer = stackalloc char[16];
        int n = 0;
        foreach (var w in words)
        {
            if (FunctionWords.Contains(w) || w.Length == 0) continue;
            if (n == buffer.Length) return string.Empty;
            buffer[n++] = w[0];
        }

        return new string(buffer[..n]);
    }

    private static bool ContainsRun(string[] longer, string[] shorter)
    {
        for (int i = 0; i + shorter.Length <= longer.Length; i++)
        {
            bool all = true;
            for (int j = 0; j < shorter.Length && all; j++) all = longer[i + j] == shorter[j];
            if (all) return true;
        }

        return false;
    }

    private const int MinTypoLength = 7;

    // Inside a longer name whose other words are equal, a shorter word may carry a slip (Kross ↔ Kroos).
    private const int MinTypoWordInName = 4;

    // "Van Dijk" is Virgil van Dijk's surname, "de Gea" David de Gea's: a two-word surname that ends the full name.
    private static readonly HashSet<string> SurnameParticles = new(StringComparer.OrdinalIgnoreCase)
    {
        "van", "von", "de", "der", "den", "di", "da", "del", "della", "dos", "du", "la", "le", "ter", "ten",
    };

    // Leading elements news drops from a full name: Muhammad Jusuf Kalla ↔ Jusuf Kalla, I Wayan Koster ↔ Wayan Koster.
    private static readonly HashSet<string> NamePrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "muhammad", "mohammad", "mohamad", "moh", "muh", "ahmad", "h", "hj", "i", "ni", "raden", "r", "kh", "andi", "teuku", "tengku", "cut", "gusti", "anak", "agung",
    };

    // The heads of administrative units and islands, which news drops once the place is named: Kabupaten Garut ↔ Garut.
    private static readonly HashSet<string> AdministrativeHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "provinsi", "prov", "kabupaten", "kab", "kota", "kotamadya", "kecamatan", "kec", "kelurahan", "kel", "desa", "pulau",
    };

    // Whether a word from index from on has a digit (S8, GTC4Lusso, 5A).
    private static bool AnyHasDigit(string[] words, int from)
    {
        for (int i = from; i < words.Length; i++)
        {
            if (words[i].Any(char.IsAsciiDigit)) return true;
        }

        return false;
    }

    private static bool LeadsWithNamePrefixes(string[] words, int count) => LeadsWith(words, count, NamePrefixes);

    // Whether the first count words (at least one) are all in the set.
    private static bool LeadsWith(string[] words, int count, HashSet<string> set)
    {
        for (int i = 0; i < count; i++)
        {
            if (!set.Contains(words[i])) return false;
        }

        return count > 0;
    }

    private static bool EndsWithRun(string[] longer, string[] shorter)
    {
        int offset = longer.Length - shorter.Length;
        if (offset < 0) return false;
        for (int j = 0; j < shorter.Length; j++)
        {
            if (!string.Equals(longer[offset + j], shorter[j], StringComparison.Ordinal)) return false;
        }

        return true;
    }

    private static bool StartsWithRun(string[] longer, string[] shorter)
    {
        for (int j = 0; j < shorter.Length; j++)
        {
            if (longer[j] != shorter[j]) return false;
        }

        return true;
    }

    // "enggar" shortens "enggartiasto": a proper prefix of at least three letters, two letters or more shorter.
    private static bool IsShortening(string shortWord, string longWord)
        => longWord.Length >= shortWord.Length + 2 && longWord.StartsWith(shortWord, StringComparison.Ordinal);

    // One substitution, insertion or deletion apart.
    private static bool OneWordOneEditApart(string[] a, string[] b)
    {
        if (a.Length != b.Length) return false;
        int differing = -1;
        for (int i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i]) continue;
            if (differing >= 0) return false;
            differing = i;
        }

        return differing >= 0 && Math.Min(a[differing].Length, b[differing].Length) >= MinTypoWordInName && IsOneEditApart(a[differing], b[differing]);
    }

    private static bool IsOneEditApart(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1) return false;
        if (a.Length > b.Length) (a, b) = (b, a);
        int i = 0;
        while (i < a.Length && a[i] == b[i]) i++;
        if (a.Length == b.Length) return a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1));
        return a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1));
    }

    // Partenopei (Napoli), Paman Sam (Amerika Serikat): an alias with none of its entry's words is a by-name.
    private static bool IsNickname(AliasList aliases, string key, string strippedKey)
    {
        int entry = aliases.IndexOf(key);
        if (entry < 0) entry = aliases.IndexOf(strippedKey);
        if (entry < 0) return false;
        string canonical = AliasList.Key(aliases.Entries[entry].Canonical);
        if (canonical == key || canonical == strippedKey) return false;
        var canonicalWords = canonical.Split(' ');
        foreach (var word in key.Split(' '))
        {
            if (canonicalWords.Contains(word, StringComparer.Ordinal)) return false;
        }

        return true;
    }

    private static string WithoutDesignator(string[] words)
    {
        if (words.Length < 2) return string.Empty;
        if (OrgDesignators.Contains(words[0])) return string.Join(' ', words.Skip(1));
        if (OrgDesignators.Contains(words[^1])) return string.Join(' ', words.Take(words.Length - 1));
        return string.Empty;
    }

    // NAME (ACR): the mention right before a parenthesised acronym defines it; ACR (NAME) the other way round.
    private static bool LettersInOrder(ReadOnlySpan<char> acronym, ReadOnlySpan<char> name)
    {
        int n = 0;
        foreach (char c in acronym)
        {
            if (!char.IsLetter(c)) continue;
            char lower = char.ToLowerInvariant(c);
            while (n < name.Length && char.ToLowerInvariant(name[n]) != lower) n++;
            if (n == name.Length) return false;
            n++;
        }

        return true;
    }

    private static Dictionary<string, int> FindDefinitions(string text, List<Mention> mentions, LinkScratch scratch)
    {
        var definitions = scratch.Definitions;
        var byStart = scratch.ByStart;
        for (int m = 0; m < mentions.Count; m++) byStart.TryAdd(mentions[m].Start, m);
        for (int m = 0; m < mentions.Count; m++)
        {
            int p = mentions[m].End;
            while (p < text.Length && p - mentions[m].End < 2 && text[p] == ' ') p++;
            if (p >= text.Length || text[p] != '(') continue;
            int close = text.IndexOf(')', p + 1, Math.Min(80, text.Length - p - 1));
            if (close < 0) continue;
            string inner = text[(p + 1)..close].Trim();

            // "Jakarta (ANTARA News)", "WASHINGTON (AP)": a dateline's outlet defines nothing.
            if (inner.Length == 0 || NewsOutlets.IsOutlet(inner)) continue;
            // Name (ACR): a name the tagger found only in part ("Liga Super Tiongkok (CSL)" tagged "Tiongkok") must
            // not take the acronym. Accepted: the acronym's letters occur in the name in order (syllabic
            // "Kepolisian Daerah (POLDA)"), or it has no more capitals than the name has words (a
            // translated name, "Pasukan Demokratik Suriah (SDF)").
            if (!mentions[m].IsAcronym && IsAcronym(inner)
                && (LettersInOrder(inner, text.AsSpan(mentions[m].Start, mentions[m].End - mentions[m].Start)) || inner.Count(char.IsUpper) <= mentions[m].Words.Length))
            {
                definitions.TryAdd(AliasList.Key(inner), m);
            }
            else if (mentions[m].IsAcronym && byStart.TryGetValue(p + 1, out int inside) && !mentions[inside].IsAcronym
                && mentions[inside].Words.Length > 0 && mentions[inside].Words[0][0] == mentions[m].Key[0])
            {
                // ACR (Name) must at least start with the same letter: "KPK (Komisi Pemberantasan Korupsi)".
                definitions.TryAdd(mentions[m].Key, inside);
            }
        }

        return definitions;
    }

    private static List<EntityCluster> Build(IReadOnlyList<Entity> entities, List<Mention> mentions, DisjointSets sets, LinkScratch scratch)
    {
        // Clusters in the order of their first mention, each with its mentions in order: numbered by root, then the
        // mentions bucketed by cluster (a counting sort into one array, not a list per cluster).
        int total = mentions.Count, clusterCount = 0;
        var clusterOfRoot = scratch.Ints(0, total);
        clusterOfRoot.Fill(-1);
        var clusterOf = scratch.Ints(1, total);
        for (int m = 0; m < total; m++)
        {
            int root = sets.Find(m);
            if (clusterOfRoot[root] < 0) clusterOfRoot[root] = clusterCount++;
            clusterOf[m] = clusterOfRoot[root];
        }

        var starts = scratch.Ints(2, clusterCount + 1);
        starts.Clear();
        for (int m = 0; m < total; m++) starts[clusterOf[m] + 1]++;
        for (int c = 0; c < clusterCount; c++) starts[c + 1] += starts[c];
        var byCluster = scratch.Ints(3, total);
        var next = clusterOfRoot; // no longer needed: reused as each cluster's next free slot
        starts[..clusterCount].CopyTo(next);
        for (int m = 0; m < total; m++) byCluster[next[clusterOf[m]]++] = m;

        var clusters = new List<EntityCluster>(clusterCount);
        var labelCounts = scratch.LabelCounts;
        for (int c = 0; c < clusterCount; c++)
        {
            ReadOnlySpan<int> members = byCluster.Slice(starts[c], starts[c + 1] - starts[c]);
            int best = members[0];
            foreach (int m in members)
            {
                if (Better(mentions[m], mentions[best])) best = m;
            }

            // The label most full names carry: taggers are least sure of acronyms (AS as LOC or ORG). Counted in a list
            // reused across clusters, in first-seen order (a tie keeps the earlier label); a cluster has few labels.
            bool anyFullName = false;
            foreach (int m in members) anyFullName |= !mentions[m].IsAcronym;
            labelCounts.Clear();
            foreach (int m in members)
            {
                if (anyFullName && mentions[m].IsAcronym) continue;
                string memberLabel = mentions[m].Label;
                int at = IndexOfLabel(labelCounts, memberLabel);
                if (at < 0) labelCounts.Add((memberLabel, 1));
                else labelCounts[at] = (memberLabel, labelCounts[at].Count + 1);
            }

            // The best mention is a full name whenever the cluster has one, so its label is always counted.
            string label = mentions[best].Label;
            int labelCount = labelCounts[IndexOfLabel(labelCounts, label)].Count;
            foreach (var (l, count) in labelCounts)
            {
                if (count > labelCount)
                {
                    label = l;
                    labelCount = count;
                }
            }

            string canonical = CollapseWhiteSpace(Trim(entities[mentions[best].Index].Text));
            var indices = new int[members.Length];
            for (int i = 0; i < indices.Length; i++) indices[i] = mentions[members[i]].Index;
            clusters.Add(new EntityCluster(canonical, label, new OwnedMentions(indices)));
        }

        return clusters;
    }

    // The text with each run of white space one space and none at the ends, as splitting at white space and joining
    // with spaces gives it; the text itself where it is so already (nearly every name).
    private static string CollapseWhiteSpace(string text)
    {
        bool collapsed = text.Length > 0 && !char.IsWhiteSpace(text[0]) && !char.IsWhiteSpace(text[^1]);
        for (int i = 1; collapsed && i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || text[i - 1] == ' ')) collapsed = false;
        }

        return collapsed ? text : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static int IndexOfLabel(List<(string Label, int Count)> counts, string label)
    {
        for (int i = 0; i < counts.Count; i++)
        {
            if (counts[i].Label == label) return i;
        }

        return -1;
    }

    // The fullest name: not an acronym, most words (titles aside), fewest titles, longest.
    private static bool Better(Mention a, Mention b)
    {
        if (a.IsAcronym != b.IsAcronym) return !a.IsAcronym;
        if (a.IsNickname != b.IsNickname) return !a.IsNickname;
        if (a.Words.Length != b.Words.Length) return a.Words.Length > b.Words.Length;
        // Words dropped as titles: the key's words less the stripped key's (spaces counted, not split, to allocate nothing).
        int titlesA = a.Key.AsSpan().Count(' ') - a.StrippedKey.AsSpan().Count(' ');
        int titlesB = b.Key.AsSpan().Count(' ') - b.StrippedKey.AsSpan().Count(' ');
        if (titlesA != titlesB) return titlesA < titlesB;
        return a.Key.Length > b.Key.Length;
    }
}
