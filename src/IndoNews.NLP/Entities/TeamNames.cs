namespace IndoNews.NLP.Entities;

/// <summary>
/// Gives a club or team named after its town back the organisation label where the tagger, seeing one sentence at a
/// time, read it as a place or a person: after <c>Real Madrid</c>, "pemain Madrid" and "Madrid takluk 1-3" have
/// <c>Madrid</c> as a place; after <c>Perseru Serui</c>, "Perseru menjamu Persija" has <c>Perseru</c> as a person.
/// </summary>
/// <remarks>
/// <para>A place or person span is a team's when the document says the name is an organisation and a word next to one of
/// its mentions says the organisation is a team. The name says organisation when, as one word, it is a word of an
/// organisation of two or more words in the document (<c>Madrid</c> of <c>Real Madrid</c>, <c>Milan</c> of
/// <c>AC Milan</c>) or a listed organisation (<c>Barcelona</c>), or when the same text is tagged as an organisation
/// elsewhere in the document (for a person span, or a name of two or more words). Listed countries are left alone:
/// the NER corpora tag a national team by its country as a place (<c>timnas Indonesia</c>, "mengalahkan Singapura
/// 1-0": 13 of 15 national-team mentions in NERP's train split, and NERGrit's and NER UGM's few). A word of a person of two
/// or more words in the document is left alone too (<c>Jonatan</c> of <c>Jonatan Christie</c>).</para>
/// <para>Team words: before the name <c>klub</c>, <c>tim</c>, <c>skuad</c>, <c>penggawa</c>, <c>markas</c>,
/// <c>membela</c>, <c>memperkuat</c>, <c>menjamu</c>, <c>suporter</c>, <c>seragam</c>; after it <c>menjamu</c>,
/// <c>dijamu</c>, <c>bermain imbang</c>, <c>ditahan imbang</c>. Before a place span, also a player's or official's post
/// (<c>pemain</c>, <c>pelatih</c>, <c>bek</c>, <c>kiper</c>, <c>presiden</c>), <c>bersama</c> and a match word
/// (<c>melawan</c>, <c>kontra</c>, <c>vs</c>, <c>menghadapi</c>, <c>mengalahkan</c>); after it a result
/// (<c>menang</c>, <c>kalah</c>, <c>takluk</c>, <c>unggul</c>) or a score (<c>2-1</c>). These mark a person as often
/// as a team ("pelatih Zidane", "Jonatan menang 21-17"), so a person span needs one of the first kind next to any
/// mention of the name, or any of them next to an organisation span of it.</para>
/// <para>Once the document shows a name as a team, its other place and person mentions become the team too, except
/// where they read as the town: after <c>di</c>, <c>ke</c>, <c>dari</c>, <c>kota</c>, <c>warga</c> and the like, after
/// a place and a comma ("Stadion Vicente Calderón, Madrid"), in capitals, or as a dateline at a line's start
/// (<c>Madrid (ANTARA)</c>). A mention followed by a capitalised word outside every name is left as it is: the tagger
/// cut the team's name short (<c>Manchester</c> of "Manchester United").</para>
/// </remarks>
internal static class TeamNames
{
    /// <summary>Relabels as <see cref="EntityLabels.Organization"/> every place or person of <paramref name="document"/> that names such a team.</summary>
    public static void Relabel(DocumentBuilder document, Gazetteer gazetteer)
    {
        var entities = document.Entities;
        if (entities.Count < 2) return;
        string text = document.Text;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();

        // What the document says of each name: organisations' texts, words of longer organisations and persons.
        HashSet<string>? orgTexts = null, orgWords = null, personWords = null;
        var covered = new bool[tokens.Length];
        var inPlace = new bool[tokens.Length];
        foreach (var entity in entities)
        {
            if (entity.TokenStart < 0) continue;
            int words = EntityTokens.WordCount(tokens, entity.TokenStart, entity.TokenEnd);
            for (int t = entity.TokenStart; t < entity.TokenEnd; t++)
            {
                covered[t] = true;
                if (entity.Label == EntityLabels.Location) inPlace[t] = true;
                if (tokens[t].Kind != TokenKind.Word || words < 2) continue;
                if (entity.Label == EntityLabels.Organization) (orgWords ??= new HashSet<string>(StringComparer.Ordinal)).Add(tokens[t].Text);
                else if (entity.Label == EntityLabels.Person) (personWords ??= new HashSet<string>(StringComparer.Ordinal)).Add(tokens[t].Text);
            }

            if (entity.Label == EntityLabels.Organization) (orgTexts ??= new HashSet<string>(StringComparer.Ordinal)).Add(entity.Text);
        }

        if (orgTexts is null) return;

        // Names shown as a team by a word next to one mention: true where that also holds for their person spans (a team
        // word, or any cue next to an organisation span of the name).
        Dictionary<string, bool>? teams = null;
        List<int>? candidates = null;
        for (int i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            if (entity.TokenStart < 0 || !EntityTokens.CoversWholeTokens(entity, tokens)) continue;
            bool organization = entity.Label == EntityLabels.Organization;
            if (!organization && entity.Label is not (EntityLabels.Location or EntityLabels.Person)) continue;
            if (!SaysOrganization(entity, tokens, orgTexts, orgWords, personWords, gazetteer)) continue;
            if (!organization)
            {
                if (CutShort(text, tokens, entity.TokenEnd, covered)) continue;
                (candidates ??= []).Add(i);
            }

            var cue = Cue(text, tokens, entity.TokenStart, entity.TokenEnd);
            if (cue == TeamCue.None || (entity.Label == EntityLabels.Person && cue != TeamCue.Team)) continue;
            teams ??= new Dictionary<string, bool>(StringComparer.Ordinal);
            teams[entity.Text] = teams.GetValueOrDefault(entity.Text) || cue == TeamCue.Team || organization;
        }

        if (teams is null || candidates is null) return;
        foreach (int i in candidates)
        {
            var entity = entities[i];
            if (!teams.TryGetValue(entity.Text, out bool forPersons)) continue;
            if (entity.Label == EntityLabels.Person && !forPersons) continue;
            if (Cue(text, tokens, entity.TokenStart, entity.TokenEnd) == TeamCue.None && ReadsAsPlace(text, tokens, entity.TokenStart, entity.TokenEnd, inPlace)) continue;
            entities[i] = entity.WithLabel(EntityLabels.Organization);
        }
    }

    private enum TeamCue : byte
    {
        None,

        /// <summary>A word that marks a team before a place but often a person too ("pelatih", "menang", a score).</summary>
        PlaceOnly,

        /// <summary>A word that marks a team before any name ("klub", "menjamu", "bermain imbang").</summary>
        Team,
    }

    // The name says organisation (see the remarks) and is no listed country, no place head's name ("Stadion Anfield") and
    // no word of a longer person.
    private static bool SaysOrganization(Entity entity, ReadOnlySpan<Token> tokens, HashSet<string> orgTexts, HashSet<string>? orgWords, HashSet<string>? personWords, Gazetteer gazetteer)
    {
        int words = EntityTokens.WordCount(tokens, entity.TokenStart, entity.TokenEnd);
        if (words == 0) return false;
        Span<ulong> hashes = words <= 16 ? stackalloc ulong[words] : new ulong[words];
        int k = 0;
        for (int t = entity.TokenStart; t < entity.TokenEnd; t++)
        {
            if (tokens[t].Kind == TokenKind.Word) hashes[k++] = FeatureHash.OfLower(tokens[t].Text);
        }

        if (gazetteer.LongestMatch(hashes, 0, 1 << (int)GazetteerCategory.Country) == words) return false;
        if (gazetteer.LongestMatch(hashes, 0, 1 << (int)GazetteerCategory.PlaceHead) > 0) return false;
        if (words > 1) return orgTexts.Contains(entity.Text);

        string word = entity.Text;
        if (personWords is not null && personWords.Contains(word)) return false;
        return (orgWords is not null && orgWords.Contains(word))
               || gazetteer.LongestMatch(hashes, 0, 1 << (int)GazetteerCategory.Organization) == 1
               || (entity.Label == EntityLabels.Person && orgTexts.Contains(word));
    }

    // The word before the span [start, end) or the words after it.
    private static TeamCue Cue(string text, ReadOnlySpan<Token> tokens, int start, int end)
    {
        if (start > 0 && tokens[start - 1].Kind == TokenKind.Word)
        {
            switch (Lower(tokens[start - 1].Text))
            {
                case "klub" or "tim" or "skuad" or "skuat" or "penggawa" or "punggawa" or "markas" or "membela" or "memperkuat"
                    or "menjamu" or "dijamu" or "suporter" or "seragam" or "jersey":
                    return TeamCue.Team;
                case "pemain" or "pelatih" or "bek" or "striker" or "kiper" or "gelandang" or "penyerang" or "winger" or "kapten"
                    or "manajer" or "presiden" or "pembalap" or "pendukung" or "fans" or "bersama" or "melawan" or "kontra"
                    or "vs" or "vs." or "versus" or "menghadapi" or "bersua" or "mengalahkan" or "dikalahkan" or "menaklukkan" or "ditaklukkan":
                    return TeamCue.PlaceOnly;
            }
        }

        if (end >= tokens.Length || tokens[end].Kind != TokenKind.Word) return IsScore(text, tokens, end) ? TeamCue.PlaceOnly : TeamCue.None;
        string next = Lower(tokens[end].Text);
        if (next is "menjamu" or "dijamu") return TeamCue.Team;
        if (next is "bermain" or "ditahan" or "menahan" && end + 1 < tokens.Length && Lower(tokens[end + 1].Text) == "imbang") return TeamCue.Team;
        return next is "menang" or "kalah" or "takluk" or "tumbang" or "unggul" or "mengalahkan" or "menaklukkan" or "bertandang"
            or "membantai" or "menggulung" or "menekuk"
            ? TeamCue.PlaceOnly
            : TeamCue.None;
    }

    // "2-1" right after the name, as the tokenizer gives it: a number, a hyphen and a number with nothing between.
    private static bool IsScore(string text, ReadOnlySpan<Token> tokens, int t)
        => t + 2 < tokens.Length && tokens[t].Kind == TokenKind.Number && tokens[t + 2].Kind == TokenKind.Number
           && tokens[t + 1].End - tokens[t + 1].Start == 1 && text[tokens[t + 1].Start] == '-'
           && tokens[t].End == tokens[t + 1].Start && tokens[t + 1].End == tokens[t + 2].Start && tokens[t].End - tokens[t].Start <= 3;

    // The mention reads as the town: after a place word or after a place and a comma ("Stadion Vicente Calderón, Madrid";
    // not "Memasuki babak kedua, Milan"), in capitals, or as a line's dateline head.
    private static bool ReadsAsPlace(string text, ReadOnlySpan<Token> tokens, int start, int end, bool[] inPlace)
    {
        if (start > 0)
        {
            var before = tokens[start - 1];
            if (before.Kind == TokenKind.Punctuation && before.Text == "," && start > 1 && inPlace[start - 2]) return true;
            if (before.Kind == TokenKind.Word && Lower(before.Text) is "di" or "ke" or "dari" or "kota" or "menuju" or "asal" or "tiba"
                    or "wilayah" or "kawasan" or "daerah" or "provinsi" or "kabupaten" or "pulau" or "warga" or "masyarakat" or "orang"
                    or "penduduk" or "walikota" or "gubernur" or "bandara" or "kbri" or "ibu") return true;
        }

        string first = tokens[start].Text;
        if (first.Length > 3 && !first.Any(char.IsLower)) return true;
        int at = tokens[start].Start;
        bool opensLine = at == 0 || Tokenization.CharClass.IsLineBreak(text[at - 1]);
        return opensLine && end < tokens.Length && tokens[end].Kind == TokenKind.Punctuation && tokens[end].Text is "," or "(";
    }

    // A capitalised word outside every name right after the span: the tagger cut a longer name short.
    private static bool CutShort(string text, ReadOnlySpan<Token> tokens, int end, bool[] covered)
        => end < tokens.Length && !covered[end] && tokens[end].Kind == TokenKind.Word && char.IsUpper(text[tokens[end].Start]);

    private static string Lower(string word) => word.ToLowerInvariant();
}
