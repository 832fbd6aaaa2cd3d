namespace IndoNews.NLP.Entities;

/// <summary>
/// The pipeline component that finds people, places and organisations with an <see cref="EntityTagger"/>
/// and adds them to the document with exact character offsets. Hyphenated tokens are tagged in parts,
/// so <c>Rusia</c> and <c>Amerika</c> inside <c>Rusia-Amerika</c>, or <c>al-Assad</c> inside a name,
/// get their own offsets.
/// </summary>
/// <remarks>
/// <para>Thread-safe; <see cref="Default"/> loads the shipped model on first use.</para>
/// <para>These rules shape the tagger's spans into entities (<c>indonews tag</c> and <c>eval ner</c> report the raw
/// tags, so the published figures measure the model alone): a bracket ends a name (<c>Joko Widodo (Jokowi)</c>
/// gives two), and so does a comma inside a place or organisation (<c>Gedung KPK, Jakarta</c> gives two; see
/// <see cref="CommaJoinedNames"/>); an abbreviated title of two or more letters is left out of a person (<c>Pol. Fadil Imran</c>), and so
/// are an academic title without its period (<c>Prof Dr Ir Budi Santoso</c>), a police or military rank or a
/// commander's post written out, an official's abbreviated post and a minister's portfolio (<c>Kompol Bayu Suseno</c>,
/// <c>Laksamana Madya Arie Soedewo</c>, <c>Menaker Hanif</c>, <c>Menteri Komunikasi dan Informatika Rudiantara</c>, see
/// <see cref="PersonTitles"/>) and the degrees after the name (<c>Afif Hasan SH</c>, <c>Fathur Rokhman M.Hum.</c>, see
/// <see cref="AcademicDegrees"/>; <c>Mike Boge Dipl. Ing.</c>); a file type written as its extension is no name (<c>PowerPoint, .JPG,
/// .PDF</c>; see <see cref="FileTypes"/>); a post alone is no person (<c>kata Wakapolda Jawa Barat</c>), nor is a unit head's title
/// with its unit (<c>Kabid Penindakan</c>), and a place or organisation led by a local commander's post is the post's place
/// (<c>Kapolrestabes Bandung</c> gives <c>Bandung</c>); a span made only of words for a religion, sect, ideology or people is
/// none (<c>kelompok ekstremis Sunni</c>, <c>etnis Rohingya</c>, <c>Sufisme</c>; <c>Front Pembela Islam</c> stays; see
/// <see cref="GroupWords"/>), and is dropped before the document rules below take parts or repeats from it; a connective that opens the sentence (<c>Adapun Toyota Calya</c>) and
/// a capitalised direction before a place (<c>di Selatan Danau Toba</c>) leave the name; a sentence's first word that carries a clitic
/// is no name unless news writes it capitalised inside sentences or it has an inner capital (<c>Rumahku</c>,
/// <c>Mungkinkah Jose Mourinho</c> lose it; <c>Lukaku</c>, <c>MobilKamu</c> keep it);
/// in a sentence that opens a line, the head before a spaced dash within its first words
/// (<c>Merdeka.com -</c>, <c>Jakarta, CNN Indonesia - -</c>) is tagged apart from the rest, so no name runs across
/// the dash into the sentence; and in a headline written in title case, the words at a name's edges that news writes
/// in lower case leave it, unless a gazetteer name holds them, and a span left with no word news capitalises is none
/// (<c>Prilly Latuconsina Kebal Dijodohkan</c> gives <c>Prilly Latuconsina</c>, <c>Tajir Banget</c> nothing;
/// <c>Selandia Baru</c> stays whole), while a name run across an inner verb that news writes in lower case is tagged
/// again with the verb outside every name, so the model labels each side (<c>Atalarik Syach Inginkan Tsania Marwa</c>
/// gives two people; <c>Partai Demokrasi Indonesia Perjuangan</c>, of nouns, stays whole). Last, a post holder's place or organisation run into the name is split from it where the document names both
/// apart (<c>Sekretaris Daerah (Sekda) DKI Jakarta Saefullah</c> gives <c>DKI Jakarta</c> and <c>Saefullah</c>; see
/// <see cref="AffiliationSplits"/>), a person's short form read as a place or
/// organisation is the person (<c>Pedrosa</c> after <c>Dani Pedrosa</c>; see <see cref="PersonShortForms"/>), a firm's or party's
/// name read as a person or place is the organisation (<c>Newmont</c> after <c>PT Newmont</c>; see
/// <see cref="OrganizationShortForms"/>), a club named after its town and read as a place or person is the organisation where
/// the document uses it as a team (<c>pemain Madrid</c> after <c>Real Madrid</c>; see <see cref="TeamNames"/>), a lone first or last word of a person found elsewhere in the document is that
/// person too (<c>Conte</c> after <c>Antonio Conte</c>; see <see cref="PersonNameRepeats"/>), and a word tagged alone as an
/// organisation twice or more is one where it was left untagged (<c>di belakang City</c>; see <see cref="OrganizationRepeats"/>;
/// a listed organisation tagged once, <c>sejarah NBA</c>; see <see cref="ListedOrganizationRepeats"/>),
/// as is an organisation or place whose name opens with a listed head (<c>konservasi Candi Borobudur</c>; see <see cref="HeadedNameRepeats"/>),
/// and a short form in brackets that abbreviates the organisation or place before it takes its label
/// (<c>American Petroleum Institute (API)</c>; see <see cref="BracketedShortForms"/>), and a suspect's initials are a person
/// (<c>pelaku berinisial CAS</c>; see <see cref="PersonInitials"/>), and the outlet cited as a source is an organisation
/// (<c>dilansir dari boldsky.com</c>, <c>dikutip dari Metro,</c>; see <see cref="CitedOutlets"/>).
/// An organisation that is only a country's abbreviation is the country (<c>Presiden RI</c>, <c>Amerika Serikat (AS)</c>;
/// see <see cref="CountryAbbreviations"/>), and a ministry's or agency's short form is the body (<c>jumpa pers di Kemlu</c>,
/// <c>Disdik akan memberi sanksi</c>; see <see cref="GovernmentShortForms"/>).
/// A name inside a list of names of one kind takes that kind (<c>Agus Wiguna, Kodar, Ade Arif</c>; see <see cref="ListedNameLabels"/>).
/// A word after a title that the document tags as a person elsewhere is that person (<c>warung Pak Meled</c>; see
/// <see cref="TitledNameRepeats"/>).
/// An East Asian given name's syllable after a hyphen is part of the person (<c>Kim Jun - su</c>; see
/// <see cref="HyphenatedGivenNames"/>).
/// Two people joined by a spaced dash are two persons (<c>Agus Harimurti Yudhoyono - Sylviana Murni</c>; see
/// <see cref="DashJoinedPersons"/>).
/// A person or place whose whole text, as written, is a listed organisation (the shipped lists, including the larger ones that
/// the model does not hold) and no listed person, or no listed place, is the organisation (<c>ujar Black Sabbath</c>, <c>di
/// Juve</c>; a building's head, a person's age or initial, a place noun or a country after a comma keep the label; see
/// <see cref="ListedOrganizations"/>).
/// A person whose whole text is a listed place and no listed person is the place where no mention of it has a person's
/// context (<c>petani Kendeng</c>; see <see cref="ListedPlacePersons"/>).
/// An organisation that opens with a personal initial is a person (<c>wasit P. Gil</c>; see <see cref="InitialledPersons"/>),
/// a club written with the prefix <c>PS.</c> is one organisation (<c>Tim PS. TNI</c>; see <see cref="ClubPrefixNames"/>), and a
/// company's legal form after its name is part of it (<c>PT Semen Gresik (Persero) Tbk</c>; see <see cref="CompanyLegalForms"/>).
/// Last, a name labelled one way at most of its mentions takes that label at an odd mention where the evidence is strong
/// (<c>di Barcelona</c> among five <c>Barcelona</c> organisations; see <see cref="DocumentLabelVotes"/>).</para>
/// <para>A product or work after its noun is no name, nor are its repeats (<c>mobil baru Toyota Calya</c>, <c>ransomware
/// WannaCry</c>, <c>film Bangkok Nites</c>; see <see cref="ProductNames"/>); this runs right after the affiliation splits.
/// Nor is a listed product line or award standing alone (<c>iPhone X</c>, <c>Xbox One</c>, <c>Grammy</c>; see <see cref="ProductLines"/>),
/// nor a competition or trophy named by its own words (<c>Serie A</c>, <c>Piala Sudirman</c>; see <see cref="CompetitionNames"/>).
/// Then a person or place whose own words or the noun before it name a body is an organisation, with its other mentions
/// (<c>Tierney Sutton Band</c>, <c>koran lokal Asashi</c>; see <see cref="OrganizationCues"/>).</para>
/// <para>In a sentence written in mixed case, lower-case common words at a name's edges are tagged again as outside it
/// (<c>kota Yogyakarta</c> gives <c>Yogyakarta</c>; see <see cref="LowerCaseEdges"/>). Names never overlap the values of
/// <see cref="Values.ValueEntityRecognizer"/> in either order of the two recognizers (see <see cref="NameValueOverlaps"/>).</para>
/// </remarks>
public sealed class NamedEntityRecognizer : IEntityRecognizer
{
    private static readonly RetryingLazy<NamedEntityRecognizer> DefaultRecognizer = new(() => new NamedEntityRecognizer(() => EntityTagger.Default));

    private readonly RetryingLazy<EntityTagger> _tagger;

    // Working memory is reused across documents (one per concurrent call) so tagging allocates only the entities.
    private readonly System.Collections.Concurrent.ConcurrentBag<(TaggerState State, SubTokenList Parts)> _pool = [];
    private int _pooled; // ConcurrentBag.Count takes every lock; this count is enough to bound the pool

    /// <summary>Creates a recognizer with <paramref name="tagger"/>.</summary>
    /// <param name="tagger">The tagger.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tagger"/> is null.</exception>
    public NamedEntityRecognizer(EntityTagger tagger)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        _tagger = new RetryingLazy<EntityTagger>(tagger);
    }

    private NamedEntityRecognizer(Func<EntityTagger> factory) => _tagger = new RetryingLazy<EntityTagger>(factory);

    /// <summary>The recognizer with the shipped model (loaded when it first tags).</summary>
    public static NamedEntityRecognizer Default => DefaultRecognizer.Value;

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public void Recognize(DocumentBuilder document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Sentences.Count == 0) return;
        DocumentValidation.CheckBuilderInput(document, nameof(NamedEntityRecognizer));
        var tagger = _tagger.Value;
        if (_pool.TryTake(out var memory)) Interlocked.Decrement(ref _pooled);
        else memory = (new TaggerState(), new SubTokenList());
        int longest = int.MaxValue; // an exception leaves the memory out of the pool
        try
        {
            longest = Recognize(document, tagger, memory.State, memory.Parts);
        }
        finally
        {
            // Memory grown by a huge sentence is not kept for the life of the process.
            if (longest <= MaxPooledParts && Volatile.Read(ref _pooled) < 4 * Environment.ProcessorCount)
            {
                _pool.Add(memory);
                Interlocked.Increment(ref _pooled);
            }
        }
    }

    // Tags every sentence; returns the most parts one sentence had.
    private static int Recognize(DocumentBuilder document, EntityTagger tagger, TaggerState state, SubTokenList parts)
    {
        int longest = 0;
        byte[] tags = state.Tags(64);
        string text = document.Text;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        foreach (var sentence in document.Sentences)
        {
            parts.Clear();
            for (int t = sentence.TokenStart; t < sentence.TokenEnd; t++)
            {
                parts.AddSplit(text, tokens[t], t);
            }

            int n = parts.Count;
            if (n == 0 || IsReporterTag(text, parts)) continue;
            longest = Math.Max(longest, n);
            if (tags.Length < n) tags = state.Tags(n);
            var span = tags.AsSpan(0, n);
            int head = HeadDash(text, parts, sentence.Start);
            Tag(tagger, text, parts, head, state, default, span);

            int firstWord = FirstWord(text, parts);
            var extractor = tagger.Model.Extractor;
            bool titleCase = IsTitleCase(text, parts, span, firstWord, extractor.Profiles);
            if (titleCase)
            {
                // A headline's name that runs over an inner verb ("Timnas Indonesia Tantang Real Madrid")
                // is tagged again with that word outside every name, so the model labels each side in context. A new
                // span may hold another such word; each pass takes at least one word out. Passes are capped, so that a
                // huge headline-like sentence is not tagged once per word.
                var allowed = state.Allowed(n).AsSpan(0, n);
                allowed.Fill(AnyTag);
                for (int pass = 0; pass < MaxRetagPasses && MarkInnerWords(text, parts, span, extractor.Profiles, extractor.Gazetteer, allowed); pass++)
                {
                    Tag(tagger, text, parts, head, state, allowed, span);
                }
            }
            else if (LowerCaseEdges.IsMixedCase(text, parts, firstWord))
            {
                // Where capitals mark names, a lower-case word at a name's edge ("kota Yogyakarta", "WhatsApp
                // internasional") is tagged again as outside every name, so the model labels the rest in context; the
                // new names are kept where they are the old ones' kind. Each pass marks a word; passes are capped too.
                var allowed = state.Allowed(n).AsSpan(0, n);
                allowed.Fill(AnyTag);
                byte[]? before = null;
                for (int pass = 0; pass < MaxRetagPasses && LowerCaseEdges.Mark(text, parts, span, allowed, extractor.Profiles, extractor.Gazetteer); pass++)
                {
                    before ??= span.ToArray();
                    Tag(tagger, text, parts, head, state, allowed, span);
                }

                if (before is not null) LowerCaseEdges.Keep(text, parts, before, span);
            }

            // An organisation cut short before the rest of its name ("PT Liga Indonesia | Baru (LIB)") gets it back;
            // a headline's capitals say nothing of where a name ends.
            if (!titleCase) OrganizationNameTails.Extend(text, parts, span, extractor.Gazetteer);

            AddEntities(document, parts, span, firstWord, extractor.Profiles, extractor.Gazetteer, titleCase);
        }

        // A reporter's credit in square brackets ("katanya. [ian]") is no name; first, so no rule takes repeats from it.
        SquareBracketCredits.Drop(document);
        // An East Asian given name's syllable after a hyphen ("Kim Jun - su", "Moon Jae - in") is part of the person.
        HyphenatedGivenNames.Extend(document);
        // Two people joined by a spaced dash ("Agus - Sylvi", "Rano Karno - Embay Mulya Syarif") are two persons.
        DashJoinedPersons.Split(document);

        // A post holder's place or body run into the name ("Sekda DKI Jakarta Saefullah") is split where the document
        // names both parts apart; first, so that the rules below see the person alone.
        AffiliationSplits.Split(document, tagger.Model.Extractor.Gazetteer);
        // So is an organisation's tail that the tagger ran into the person after it ("XL | Axiata Turina Farouk" where
        // "XL Axiata" is tagged elsewhere).
        OrganizationPersonBoundaries.Apply(document);
        // A product or work after its noun ("mobil Toyota Calya", "ransomware WannaCry", "film Nyai") is no name, nor are its
        // repeats; before the rules below take parts or repeats from it.
        ProductNames.Drop(document, tagger.Model.Extractor.Gazetteer);
        // So is a listed product line or award standing alone ("iPhone X", "Xbox One", "Grammy", "Piala Emmy" ... "Emmy").
        ProductLines.Drop(document, tagger.Model.Extractor.Gazetteer);
        // And a competition or trophy named by its own words ("Serie A", "Piala Sudirman", "Coupe de France").
        CompetitionNames.Drop(document);
        // A person or place whose own words or the noun before it name a body ("Intudo Ventures", "koran lokal Asashi")
        // is the organisation, with its other mentions; before the person rules take parts from it.
        OrganizationCues.Relabel(document, tagger.Model.Extractor.Gazetteer);
        // So is a firm named between an officer's post and the officer ("Co-Founder & CEO Ruangguru Belva Devara", "Joshua
        // Shadle, pendiri dan CEO Fuelary"), split from the officer, with its other person mentions; before the person rules.
        OfficerFirmNames.Relabel(document, tagger.Model.Extractor.Gazetteer);
        // So is an outlet after its kind and country ("media Jerman Deutsche Welle", "surat kabar Spanyol, Marca").
        CountryOutlets.Relabel(document, tagger.Model.Extractor.Gazetteer);
        // And a club after its country and a comma ("klub Cina, Jiangsu Suning"), before the team and person rules.
        CountryClubs.Relabel(document, tagger.Model.Extractor.Gazetteer);
        // And a team between a sportsman's post and his name ("Pebalap Pramac Ducati, Danilo Petrucci").
        PostTeamNames.Relabel(document);
        // A name after an administrative unit is a place ("warga Desa Air Paoh"), and so are a list's names where the list
        // is one of places ("Desa Sidoa, Alitupu, Wuasa, Watumaeta, ... dan Dodolo"); before the person rules below
        // take parts or repeats from a village read as a person.
        AdministrativeNames.Apply(document, tagger.Model.Extractor.Gazetteer);
        PlaceLists.Relabel(document, tagger.Model.Extractor.Profiles, tagger.Model.Extractor.Gazetteer);
        // So is a one-word "person" closing "di <place>, X." ("di Genting Arena, Birmingham."): the place's town.
        TownsAfterPlaces.Relabel(document, tagger.Model.Extractor.Gazetteer);
        // A name inside a list of names of one kind takes that kind ("Agus Wiguna, Kodar, Ade Arif"; "Kamerun, Chile, dan
        // Australia"); before the person rules, so a name made a person gives its parts and one made a place none.
        ListedNameLabels.Relabel(document, tagger.Model.Extractor.Gazetteer);
        // A name that opens with an initial ("wasit P. Gil") is a person where the tagger read an organisation; before the
        // person rules, so its other mentions follow.
        InitialledPersons.Relabel(document);
        // A person or place whose whole text is a listed organisation and no listed person or place ("Schalke", "Louis
        // Vuitton") is the organisation; before the person rules take parts or repeats from it.
        ListedOrganizations.Relabel(document);
        // Likewise a person whose whole text is a listed place and no listed person ("petani Kendeng", "untuk ke Mamasa") is
        // the place, unless the document gives the name a person's context; before the person rules take repeats from it.
        ListedPlacePersons.Relabel(document, tagger.Model.Extractor.Gazetteer);
        // A line-up's player read as a place or organisation ("44-Manolas", "N. Thanabalan") is a person; before the person
        // rules, so its other mentions follow.
        LineUpNames.Relabel(document, tagger.Model.Extractor.Gazetteer);
        LineUpNames.Add(document, tagger.Model.Extractor.Gazetteer);
        // So is a player of a line-up printed without shirt numbers ("Chelsea: Courtois; Azpilicueta, Cahill, Luiz; Moses, ...").
        UnnumberedLineUps.Apply(document, tagger.Model.Extractor.Gazetteer);
        // A person named in full (or after "sutradara", "penyanyi") is the person at its other mentions, and its surname
        // alone where the document gives the word no firm's reading ("Keisuke Honda" ... "Honda"); before the short forms.
        PersonFullNames.Apply(document, tagger.Model.Extractor.Profiles, tagger.Model.Extractor.Gazetteer);
        // A person whose last word is an English noun for a place ("Bay Bridge", "Trump Tower") is the place, with the
        // mentions the step above gave it; before the short forms and repeats take its words as a person's.
        PlaceNameTails.Relabel(document);
        // The speaker after a quote's speech verb (", tutur Senaz.") is a person where the tagger left the word untagged;
        // before the short forms and repeats, which take the speaker's lone mentions from it ("Senaz mengungkapkan").
        QuotedSpeakers.Add(document, tagger.Model.Extractor.Gazetteer);
        // The tagger sees one sentence at a time: a person's short form it read as a place or organisation ("Pedrosa"
        // after "Dani Pedrosa") is the person, and so is a part of a full name found elsewhere in the document.
        PersonShortForms.Relabel(document, tagger.Model.Extractor.Profiles, tagger.Model.Extractor.Gazetteer);
        // Likewise a firm's or party's name after its head elsewhere ("Newmont" after "PT Newmont") is the organisation.
        OrganizationShortForms.Relabel(document, tagger.Model.Extractor.Gazetteer);
        // A club named after its town ("pemain Madrid" after "Real Madrid") is the organisation; before the person repeats,
        // so a club the tagger read as a person ("Celta Vigo") gives no lone person parts.
        TeamNames.Relabel(document, tagger.Model.Extractor.Gazetteer);
        // A country read as a person or organisation ("Cile tampil mendominasi", "bagi San Marino") is a place, as the
        // corpora tag national sides; before the person repeats take parts from "Sri Lanka".
        CountryNames.Relabel(document, tagger.Model.Extractor.Gazetteer);
        // A group after a member's noun ("personel Snada", "pentolan Soundgarden") is an organisation; after the person
        // rules, which give a band's name back to a person read as "Alhamdulillah Snada".
        GroupMemberCues.Relabel(document, tagger.Model.Extractor.Gazetteer);
        PersonNameRepeats.Add(document, tagger.Model.Extractor.Profiles, tagger.Model.Extractor.Gazetteer);
        // A person tagged elsewhere is the person after a title where the tagger left it untagged ("warung Pak Meled").
        TitledNameRepeats.Add(document, tagger.Model.Extractor.Profiles, tagger.Model.Extractor.Gazetteer);
        // An organisation tagged alone twice or more is one where the tagger left the same word untagged ("di belakang City").
        OrganizationRepeats.Add(document, tagger.Model.Extractor.Gazetteer, tagger.Model.Extractor.Profiles);
        // Likewise a name that opens with a listed head ("Candi Borobudur", "Ditjen Perkeretaapian") where it was left untagged.
        HeadedNameRepeats.Add(document, tagger.Model.Extractor.Gazetteer);
        // A government body the tagger left untagged or ran into a place ("Kepala Dinas Kebudayaan dan Pariwisata",
        // "anggota Komisi III DPR", "Dinas Perhubungan Kota Depok"); before the bracketed short forms that follow it.
        GovernmentBodyNames.Apply(document, tagger.Model.Extractor.Gazetteer);
        // A police or military command named by its territory is one organisation ("Polres | Jakarta Selatan" joined).
        CommandUnitNames.Apply(document, tagger.Model.Extractor.Gazetteer);
        // A hospital named with its head ("RS Bhayangkara") is a place, as the corpora tag it; before a bracketed short form takes its label.
        HospitalNames.Relabel(document, tagger.Model.Extractor.Gazetteer);
        // An organisation cut short or split before a bracketed short form that spells it whole ("Saiful Mujani Research &
        // Consulting (SMRC)") is one name, and the short form is the organisation wherever the tagger read it as a person.
        SpelledOutNames.Apply(document, tagger.Model.Extractor.Gazetteer);
        // A bracketed short form right after an organisation or place ("American Petroleum Institute (API)") is that name.
        BracketedShortForms.Add(document, tagger.Model.Extractor.Gazetteer);
        // A listed organisation tagged alone once is the organisation where it was left untagged, capitals and all ("sejarah
        // NBA" after one "NBA"); after the short forms above, which tag many a body's first mention ("(KPPU)").
        ListedOrganizationRepeats.Add(document);
        // A suspect's initials ("pelaku berinisial CAS", "berinisial AS") are a person, where given and where repeated.
        PersonInitials.Relabel(document);
        // The outlet cited as a source ("dilansir dari boldsky.com", "dikutip dari Metro,", "TMZ melaporkan") is an organisation.
        CitedOutlets.Add(document, tagger.Model.Extractor.Gazetteer);
        // A company's legal form after its name ("PT Semen Gresik (Persero) Tbk") is part of the organisation, not two more.
        CompanyLegalForms.Join(document);
        // A club written with the prefix "PS." before its short form ("Tim PS. TNI") is one organisation; last, so that no
        // rule takes the army's short form from it.
        ClubPrefixNames.Join(document);
        // Last of the rules: a name labelled one way at most of its mentions takes that label at an odd one where the
        // document's evidence is strong ("di Barcelona" among Barcelona organisations; see DocumentLabelVotes).
        DocumentLabelVotes.Relabel(document);

        // Values found before (a pipeline may run the value recognizer first) keep their characters from the names.
        NameValueOverlaps.Resolve(document);
        return longest;
    }

    // A sentence that is only a reporter's credit in brackets ("(yul)", "(adt/ptr)", "(gk-48)", "(rinaldi / tri)",
    // "(adji / M1/sir)"), as news ends its articles (the splitter makes it a sentence of its own), holds no name: the
    // tagger read "yul" and "gk" as persons. It opens with a lower-case word or an asterisk and holds at most
    // MaxCreditWords lower-case words, numbers, codes with a digit (M1), slashes, hyphens and asterisks; a capitalised
    // word anywhere makes it text, not a credit ("(Presiden Joko Widodo)").
    private static bool IsReporterTag(string text, SubTokenList parts)
    {
        int n = parts.Count;
        if (n < 3 || n > 2 * MaxCreditWords + 1 || text[parts.Starts[0]] != '(' || text[parts.Starts[n - 1]] != ')') return false;
        if (!char.IsAsciiLetterLower(text[parts.Starts[1]]) && text[parts.Starts[1]] != '*') return false;
        int words = 0;
        for (int i = 1; i < n - 1; i++)
        {
            var part = text.AsSpan(parts.Starts[i], parts.Ends[i] - parts.Starts[i]);
            if (part is "/" or "-" or "*") continue;
            if (part.Length > 12 || part.ContainsAnyExcept(CreditCharacters)) return false;
            // A capital only in a code with a digit ("M1"), never in a word ("Tim").
            if (part.ContainsAnyInRange('A', 'Z') && !part.ContainsAnyInRange('0', '9')) return false;
            if (part.ContainsAnyInRange('a', 'z') || part.ContainsAnyInRange('A', 'Z')) words++;
        }

        return words is > 0 and <= MaxCreditWords;
    }

    // How many words a reporter's credit holds at most ("(dispen kolinlamil / sir)" holds three).
    private const int MaxCreditWords = 4;

    private static readonly System.Buffers.SearchValues<char> CreditCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/-*");

    // Tags a sentence's parts; the head before a line's opening dash (at head, or -1 for none) apart from the rest.
    private static void Tag(EntityTagger tagger, string text, SubTokenList parts, int head, TaggerState state, ReadOnlySpan<byte> allowed, Span<byte> span)
    {
        int n = parts.Count;
        if (head < 0)
        {
            tagger.Tag(new TokenSpans(text, parts.Starts, parts.Ends), state, allowed, span);
            return;
        }

        // "Merdeka.com - Kopi adalah ...": the head before a line's opening dash is tagged apart from
        // the sentence after it, so that no name runs across the dash into the sentence's first word.
        int tail = head;
        while (tail < n && IsDash(text, parts, tail)) span[tail++] = BioTags.Outside;
        tagger.Tag(new TokenSpans(text, parts.Starts[..head], parts.Ends[..head]), state, allowed.IsEmpty ? default : allowed[..head], span[..head]);
        if (tail < n) tagger.Tag(new TokenSpans(text, parts.Starts[tail..], parts.Ends[tail..]), state, allowed.IsEmpty ? default : allowed[tail..], span[tail..]);
    }

    /// <summary>How many words of a unit's name a unit head's title takes (<c>Kasie SIM Bintara</c>): a person span of no more is the post.</summary>
    private const int MaxUnitNameWords = 2;

    /// <summary>The mask that lets a part take every tag.</summary>
    private const byte AnyTag = (1 << BioTags.Count) - 1;

    /// <summary>
    /// How many times one sentence is tagged again after words were forced outside every name (a headline's inner verb,
    /// a lower-case edge word). Real sentences need one or two passes; the cap keeps the cost linear in any sentence.
    /// </summary>
    private const int MaxRetagPasses = 4;

    /// <summary>Working memory that held a sentence of more parts goes back to the garbage collector, not to the pool.</summary>
    internal const int MaxPooledParts = 4096;

    /// <summary>How many parts a dateline-like head may have before its dash (<c>Jakarta, CNN Indonesia -</c> has 4).</summary>
    private const int MaxHeadParts = 8;

    // The index of a spaced dash that ends the head of a sentence opening a line (a dateline such as
    // "MOSKOW -", "Merdeka.com -", "Jakarta, CNN Indonesia - -"), or -1.
    private static int HeadDash(string text, SubTokenList parts, int sentenceStart)
    {
        int before = sentenceStart - 1;
        while (before >= 0 && char.IsWhiteSpace(text[before]) && !Tokenization.CharClass.IsLineBreak(text[before])) before--;
        if (before >= 0 && !Tokenization.CharClass.IsLineBreak(text[before])) return -1;
        int limit = Math.Min(parts.Count - 1, MaxHeadParts + 1);
        for (int i = 1; i < limit; i++)
        {
            if (IsDash(text, parts, i) && char.IsWhiteSpace(text[parts.Starts[i] - 1])) return i;
        }

        return -1;
    }

    private static bool IsDash(string text, SubTokenList parts, int i)
    {
        var part = text.AsSpan(parts.Starts[i], parts.Ends[i] - parts.Starts[i]);
        return part is "-" or "--" or "\u2013" or "\u2014";
    }

    private static bool IsHyphen(string text, SubTokenList parts, int i)
        => parts.Ends[i] - parts.Starts[i] == 1 && text[parts.Starts[i]] == '-';

    private static bool IsAbbreviatedTitle(string text, SubTokenList parts, int i)
    {
        var word = text.AsSpan(parts.Starts[i], parts.Ends[i] - parts.Starts[i]);
        return word.Length >= 3 && word[^1] == '.' && Tokenization.Abbreviations.IsTitle(word[..^1]);
    }

    /// <summary>How many parts back from a name a minister's post may stand (<c>Menteri Lingkungan Hidup dan Kehutanan</c> has 4 between).</summary>
    private const int MaxPortfolioParts = 8;

    // The first part from first on that is no word of a minister's portfolio standing right after the post ("Menteri
    // Pendidikan dan | Kebudayaan Anies Baswedan"); first itself when no minister's post comes before it. Stops before end.
    private static int SkipPortfolio(string text, SubTokenList parts, int first, int end)
    {
        if (first >= end || !PersonTitles.IsPortfolioWord(Part(text, parts, first))) return first;
        bool afterMinister = false;
        for (int i = first - 1; i >= 0 && i >= first - MaxPortfolioParts; i--)
        {
            var word = Part(text, parts, i);
            if (PersonTitles.IsMinisterPost(word))
            {
                afterMinister = true;
                break;
            }

            if (word is not ("dan" or "&") && !char.IsUpper(word[0])) break;
        }

        if (!afterMinister) return first;
        while (first < end && PersonTitles.IsPortfolioWord(Part(text, parts, first))) first++;
        return first;
    }

    private static bool IsComma(string text, SubTokenList parts, int i)
        => parts.Ends[i] - parts.Starts[i] == 1 && text[parts.Starts[i]] == ',';

    // A word that can end a name: capitalised and of two letters or more, or an initial with its period (Noorwat S.).
    private static bool IsNameWord(ReadOnlySpan<char> word)
        => word.Length >= 2 && char.IsUpper(word[0]) && (char.IsLetter(word[1]) || word is [_, '.']);

    private static ReadOnlySpan<char> Part(string text, SubTokenList parts, int i) => text.AsSpan(parts.Starts[i], parts.Ends[i] - parts.Starts[i]);

    // A unit that the tokenizer split into host and clitic (Rumah|ku): it covers more than one token.
    private static bool HasClitic(SubTokenList parts, int i) => parts.LastTokenIndex[i] > parts.TokenIndex[i];

    // Whether IndoSum writes the word capitalised at least half the time away from sentence starts.
    // An inner capital marks a brand (MobilKamu, iPaymu) as surely as the profile marks a name.
    private static bool IsCapitalisedInNews(string text, SubTokenList parts, int i, WordProfiles profiles)
    {
        var word = Part(text, parts, i);
        for (int k = 1; k < word.Length; k++)
        {
            if (char.IsUpper(word[k])) return true;
        }

        return WordProfiles.CapitalBucket(profiles.Get(FeatureHash.OfLower(word))) >= WordProfiles.BucketCapitalShare(0.5);
    }

    // Whether news writes the word in lower case inside sentences: seen there at least 5 times (fewer say little, and
    // many such words come from headlines), and capitalised under a fifth of the time.
    private static bool IsLowerCaseInNews(string text, SubTokenList parts, int i, WordProfiles profiles)
    {
        uint profile = profiles.Get(FeatureHash.OfLower(Part(text, parts, i)));
        return WordProfiles.FrequencyBand(profile) > 0 && WordProfiles.CapitalBucket(profile) is > 0 and < 3;
    }

    // A word of the language rather than a name: news writes it in lower case, or, when news has too few of it to
    // say ("Dijodohkan", "Sanjung"), its root is a dictionary word that news does not capitalise either. Only for
    // headlines, whose capitals say nothing.
    private static bool IsOrdinaryWord(string text, SubTokenList parts, int i, WordProfiles profiles)
    {
        if (IsLowerCaseInNews(text, parts, i, profiles)) return true;
        var word = Part(text, parts, i);
        uint profile = profiles.Get(FeatureHash.OfLower(word));
        if (WordProfiles.FrequencyBand(profile) > 0 || word.Length > Stemming.RootStemmer.MaxWordLength) return false;

        // The few times news has it, nearly always capitalised: a rare name that is also a dictionary word (Mamat, Apung).
        if (WordProfiles.CapitalBucket(profile) >= WordProfiles.BucketCapitalShare(0.8)) return false;
        for (int k = 0; k < word.Length; k++)
        {
            if (!char.IsLetter(word[k]) || (k > 0 && char.IsUpper(word[k]))) return false; // McCartney, iPhone, JKT48
        }

        Span<char> root = stackalloc char[Stemming.RootStemmer.MaxWordLength];
        var stemmer = Stemming.RootStemmer.Default;
        if (!stemmer.TryStem(word, root, out int written) || !stemmer.IsWord(root[..written])) return false;

        // A root word itself, or a verb in -kan ("Beberkan", "Abaikan"); other affixes end names too often
        // ("Buaran" is a place, not buar + -an).
        if (written != word.Length && !word.EndsWith("kan", StringComparison.OrdinalIgnoreCase)) return false;
        // A root that news writes often enough to judge must itself be written in lower case there.
        uint rootProfile = profiles.Get(FeatureHash.OfLower(root[..written]));
        return WordProfiles.FrequencyBand(rootProfile) == 0 || WordProfiles.CapitalBucket(rootProfile) < 3;
    }

    /// <summary>How many capitalised words that news writes in lower case a sentence needs to be read as a headline.</summary>
    private const int MinTitleCaseWords = 2;

    // A headline written in title case ("Prilly Latuconsina Kebal Dijodohkan dengan Lawan Mainnya"): of the words
    // after the first that news writes in lower case, at least two in three are capitalised here, so capitals say
    // nothing about names. A sentence that lists names ("Dewan Kelautan Indonesia, ...") still writes its ordinary
    // words in lower case. One capitalised ordinary word at least must be one the tagger left out of every name: in
    // a list of places ("Buaran Indah, Tanah Tinggi") they are all inside names, and the capitals are the names'.
    private static bool IsTitleCase(string text, SubTokenList parts, ReadOnlySpan<byte> tags, int firstWord, WordProfiles profiles)
    {
        int capitalised = 0, lower = 0;
        bool outside = false;
        for (int i = firstWord + 1; i < parts.Count; i++)
        {
            // After a colon a headline starts afresh ("Baca juga: ...", "SIMAK JUGA: ..."): the label's words do not count.
            if (text[parts.Starts[i]] == ':')
            {
                capitalised = lower = 0;
                outside = false;
                i++;
                continue;
            }

            if (!char.IsLetter(text[parts.Starts[i]])) continue;
            if (!char.IsUpper(text[parts.Starts[i]]))
            {
                if (IsLowerCaseInNews(text, parts, i, profiles)) lower++;
            }
            else if (IsOrdinaryWord(text, parts, i, profiles))
            {
                capitalised++;
                outside |= tags[i] == BioTags.Outside;
            }
        }

        return outside && capitalised >= MinTitleCaseWords && capitalised >= 2 * lower;
    }

    // Marks the parts of first..last that a listed name (country, place, organisation or person) within them covers:
    // "Selandia Baru", "Real Madrid" keep their ordinary-looking words in a headline. Nothing is marked in a span longer
    // than the buffer; no listed name is that long.
    // The longest span whose listed names a headline's trimming looks up (the stack buffer's size).
    private const int MaxListedSpan = 32;

    private static void MarkListedNames(string text, SubTokenList parts, int first, int last, Gazetteer gazetteer, Span<bool> listed)
    {
        const byte names = 1 << (int)GazetteerCategory.Country | 1 << (int)GazetteerCategory.Place
                           | 1 << (int)GazetteerCategory.Organization | 1 << (int)GazetteerCategory.PersonName;
        int n = last - first + 1;
        listed.Clear();
        if (n > MaxListedSpan) return;
        Span<ulong> hashes = stackalloc ulong[n];
        Span<byte> inside = stackalloc byte[n], begin = stackalloc byte[n], end = stackalloc byte[n];
        for (int i = 0; i < n; i++) hashes[i] = FeatureHash.OfLower(Part(text, parts, first + i));
        gazetteer.Match(hashes, inside, begin, end);
        for (int i = 0; i < n; i++) listed[i] = (inside[i] & names) != 0;
    }

    // Words inside names that join two parts of one name in a headline as elsewhere ("Kementerian Pendidikan Dan
    // Kebudayaan", "Universitas Islam Negeri Sunan Kalijaga"): a name is not split at them.
    private static readonly Internal.WordSet NameJoiners = new(["dan", "dari", "untuk", "atas", "di", "ke", "bagi", "serta", "pada", "dalam", "&"]);

    // In a title-case headline, marks as outside every name (in allowed) each inner verb of a tagged span (see
    // IsSplittingWord) that no listed name holds, after the span's edges are trimmed as AddEntity trims them (the
    // capitals of "Timnas Indonesia Tantang Real Madrid" are the style's). Returns whether it marked a new word.
    private static bool MarkInnerWords(string text, SubTokenList parts, ReadOnlySpan<byte> tags, WordProfiles profiles, Gazetteer gazetteer, Span<byte> allowed)
    {
        bool marked = false;
        Span<bool> listed = stackalloc bool[MaxListedSpan];
        int start = -1;
        for (int i = 0; i <= tags.Length; i++)
        {
            bool inside = i < tags.Length && BioTags.IsInside(tags[i]) && !IsBracket(text, parts, i);
            if (start >= 0 && inside) continue;
            if (start >= 0 && i - start <= MaxListedSpan)
            {
                int before = start, first = start, last = i - 1;
                MarkListedNames(text, parts, before, last, gazetteer, listed);
                while (first <= last && IsOrdinaryWord(text, parts, first, profiles) && !listed[first - before]) first++;
                while (last >= first && IsOrdinaryWord(text, parts, last, profiles) && !listed[last - before]) last--;
                for (int k = first + 1; k < last; k++)
                {
                    if (allowed[k] != AnyTag || listed[k - before] || !char.IsUpper(text[parts.Starts[k]])) continue;
                    if (NameJoiners.Contains(Part(text, parts, k))) continue;
                    if (!IsSplittingWord(text, parts, k, profiles)) continue;
                    allowed[k] = 1 << BioTags.Outside;
                    marked = true;
                }
            }

            start = i < tags.Length && tags[i] != BioTags.Outside && !IsBracket(text, parts, i) ? i : -1;
        }

        return marked;
    }

    // A word that splits a headline's name: a verb that news writes in lower case. An affixed verb (Kalahkan, Hadapi,
    // Bertemu, Dicuri, Menangkan) whose root is a dictionary word, or a bare root (Tantang, Minta, Tunggu) whose
    // meN- form news uses (menantang, meminta, menunggu). Nouns and adjectives of names stay: "Badan Koordinasi Penataan
    // Ruang Nasional", "Yayasan Bina Mikro Mandiri", "Fort Worth Film Critics Association" (no *meruang, *memfilm).
    private static bool IsSplittingWord(string text, SubTokenList parts, int i, WordProfiles profiles)
    {
        if (!IsOrdinaryWord(text, parts, i, profiles)) return false;
        var word = Part(text, parts, i);
        if (word.Length > Stemming.RootStemmer.MaxWordLength) return false;
        Span<char> root = stackalloc char[Stemming.RootStemmer.MaxWordLength];
        var stemmer = Stemming.RootStemmer.Default;
        if (!stemmer.TryStem(word, root, out int written) || !stemmer.IsWord(root[..written])) return false;
        if (written != word.Length) return IsVerbAffixed(word);

        // A bare root: a verb when news writes its active form.
        Span<char> active = stackalloc char[word.Length + 4];
        int length = ActiveForm(root[..written], active);
        return length > 0 && WordProfiles.FrequencyBand(profiles.Get(FeatureHash.OfLower(active[..length]))) > 0;
    }

    // Prefixes and suffixes that make verbs (di-, meN-, ber-, ter-, -kan, -i); nouns in peN-, per-, ke- or -an are left.
    private static bool IsVerbAffixed(ReadOnlySpan<char> word)
    {
        if (word.EndsWith("kan", StringComparison.OrdinalIgnoreCase)) return true;
        if (word.EndsWith("an", StringComparison.OrdinalIgnoreCase)) return false;
        return word.StartsWith("di", StringComparison.OrdinalIgnoreCase) || word.StartsWith("me", StringComparison.OrdinalIgnoreCase)
               || word.StartsWith("ber", StringComparison.OrdinalIgnoreCase) || word.StartsWith("ter", StringComparison.OrdinalIgnoreCase)
               || word.EndsWith("i", StringComparison.OrdinalIgnoreCase);
    }

    // The meN- form of a lower-case root (tantang -> menantang, minta -> meminta, ajak -> mengajak, sapa -> menyapa,
    // pukul -> memukul); its length in destination, or 0 for a root of one letter.
    private static int ActiveForm(ReadOnlySpan<char> root, Span<char> destination)
    {
        if (root.Length < 2) return 0;
        char c = root[0];
        (string prefix, int drop) = c switch
        {
            'a' or 'e' or 'i' or 'o' or 'u' or 'g' or 'h' => ("meng", 0),
            'k' => ("meng", 1),
            'b' or 'f' or 'v' => ("mem", 0),
            'p' => ("mem", 1),
            'c' or 'd' or 'j' or 'z' => ("men", 0),
            't' => ("men", 1),
            's' => ("meny", 1),
            _ => ("me", 0),
        };
        prefix.CopyTo(destination);
        root[drop..].CopyTo(destination[prefix.Length..]);
        return prefix.Length + root.Length - drop;
    }

    private static bool IsBracket(string text, SubTokenList parts, int i)
        => parts.Ends[i] - parts.Starts[i] == 1 && text[parts.Starts[i]] is '(' or ')' or '[' or ']' or '{' or '}';

    // The first part of a sentence that holds a letter or digit (an opening quote or bracket comes before it).
    private static int FirstWord(string text, SubTokenList parts)
    {
        for (int i = 0; i < parts.Count; i++)
        {
            if (char.IsLetterOrDigit(text[parts.Starts[i]])) return i;
        }

        return -1;
    }

    private static void AddEntities(DocumentBuilder document, SubTokenList parts, ReadOnlySpan<byte> tags, int firstWord, WordProfiles profiles, Gazetteer gazetteer, bool titleCase)
    {
        var headline = titleCase ? gazetteer : null;
        int start = -1;
        for (int i = 0; i <= tags.Length; i++)
        {
            int tag = i < tags.Length ? tags[i] : BioTags.Outside;
            if (start >= 0 && BioTags.IsInside(tag)) continue;
            if (start >= 0)
            {
                // A bracket ends a name: "Joko Widodo (Jokowi)" is two mentions, never one that holds "(".
                // (The tagger may join them: NER UGM annotates "Partai X ( PX )" as one span.) So does a comma between
                // a place or body and its town, which NER UGM joins too: "Gedung KPK, Jakarta" (see CommaJoinedNames).
                int from = start;
                bool afterComma = false;
                string label = BioTags.Label(tags[start]);
                for (int j = start; j < i; j++)
                {
                    bool bracket = IsBracket(document.Text, parts, j);
                    bool comma = !bracket && j > from && j < i - 1 && CommaJoinedNames.SplitsAt(document.Text, parts, j, label);
                    if (!bracket && !comma) continue;
                    AddEntity(document, parts, from, j - 1, PartTag(document.Text, parts, from, j - 1, tags[start], afterComma, gazetteer), firstWord, profiles, gazetteer, headline);
                    from = j + 1;
                    afterComma = comma;
                }

                AddEntity(document, parts, from, i - 1, PartTag(document.Text, parts, from, i - 1, tags[start], afterComma, gazetteer), firstWord, profiles, gazetteer, headline);
            }

            start = tag == BioTags.Outside ? -1 : i;
        }
    }

    // The tag of a span's part: the span's own, or for a part after a comma the place tag where the part is a listed place.
    private static byte PartTag(string text, SubTokenList parts, int first, int last, byte tag, bool afterComma, Gazetteer gazetteer)
    {
        if (!afterComma || first > last) return tag;
        string label = BioTags.Label(tag);
        string tail = CommaJoinedNames.TailLabel(text, parts, first, last, label, gazetteer);
        return tail == label ? tag : (byte)BioTags.Begin(tail);
    }

    private static void AddEntity(DocumentBuilder document, SubTokenList parts, int first, int last, byte tag, int firstWord, WordProfiles profiles, Gazetteer gazetteer, Gazetteer? headline)
    {
        string text = document.Text;
        if (headline is not null)
        {
            // In a title-case headline a capital is the style's, not a name's: the tagger runs names into the words
            // around them ("Paul McCartney Bikin Pangling", "Toyota Bersedia"). Edge words that news writes in lower
            // case leave the span, unless a listed name holds them; a span left with no word that news capitalises
            // is no name ("Tajir Banget").
            int before = first, after = last;
            int length = after - before + 1;
            Span<bool> listed = length <= MaxListedSpan ? stackalloc bool[MaxListedSpan] : new bool[length];
            MarkListedNames(text, parts, before, after, headline, listed);
            while (first <= last && IsOrdinaryWord(text, parts, first, profiles) && !listed[first - before]) first++;
            while (last >= first && IsOrdinaryWord(text, parts, last, profiles) && !listed[last - before]) last--;
            if (first != before || last != after)
            {
                bool nameLike = false;
                for (int k = first; k <= last && !nameLike; k++)
                {
                    nameLike = IsCapitalisedInNews(text, parts, k, profiles) || listed[k - before];
                }

                if (!nameLike) return;
            }
        }

        // A hyphen tagged at either edge (se|-Indonesia) stays out, so entities begin and end on a word.
        while (first <= last && IsHyphen(document.Text, parts, first)) first++;
        while (last >= first && IsHyphen(document.Text, parts, last)) last--;

        // A word with a clitic that opens a sentence is a word, not a name (Rumahku jauh; Mungkinkah Jose Mourinho
        // kembali?): its capital is the sentence's, and names rarely end in a clitic. A word that news writes
        // capitalised inside sentences too is a name that looks like one (Lukaku).
        if (first == firstWord && first <= last && HasClitic(parts, first) && !IsCapitalisedInNews(document.Text, parts, first, profiles)) first++;

        // A connective that opens the sentence is no part of the name after it (Adapun Toyota Calya diluncurkan ...).
        if (first == firstWord && first < last && ConnectivesBeforeNames.Contains(Part(document.Text, parts, first))
            && char.IsUpper(document.Text[parts.Starts[first + 1]]))
        {
            first++;
        }

        // Titles stay outside names (Irjen Pol. Fadil Imran, Prof. Dr. Budi): an abbreviated title of two or more
        // letters that the tagger put at the start of a person is left out. One letter may be an initial (H. = Haji).
        string label = BioTags.Label(tag);
        if (label == EntityLabels.Person)
        {
            while (first < last && (IsAbbreviatedTitle(document.Text, parts, first) || PersonTitles.IsAcademicTitle(Part(document.Text, parts, first)))) first++;

            // Degrees after the name leave it as titles before it do (Afif Hasan SH; Ahmad Yani, S.H., M.H.; Budi Santoso
            // MSc), with the commas between them, when a name word stays before them ("G MT" is a car's variant).
            int end = last;
            while (end > first && (AcademicDegrees.IsDegree(Part(document.Text, parts, end), Part(document.Text, parts, end - 1)) || IsComma(document.Text, parts, end))) end--;
            if (end < last && IsNameWord(Part(document.Text, parts, end))) last = end;

            // A rank or an office written as a title leaves the person too, wherever the tagger started the span:
            // "Kompol Bayu Suseno", "Kapolsek Simpang Kramat Ipda Abdul Azis" name Bayu Suseno and Abdul Azis.
            for (int k = last - 1; k >= first; k--)
            {
                var title = Part(document.Text, parts, k);
                if (!PersonTitles.IsRankOrOffice(title)) continue;
                first = k + 1;

                // After a local commander's post and no rank, the words name the post's place: "Kapolsek Tambun" is the
                // police chief of Tambun, so the tagger's person is the place.
                if (PersonTitles.IsLocalPost(title)) label = EntityLabels.Location;
                break;
            }

            // The words that complete a rank (Laksamana Madya, Irjen Pol, Letjen TNI) go with it, also when the tagger
            // left the rank itself out; alone they may be names (Pol Espargaro).
            while (first < last && first > 0 && PersonTitles.IsRankModifier(Part(document.Text, parts, first))
                   && (PersonTitles.IsRankOrOffice(Part(document.Text, parts, first - 1)) || PersonTitles.IsRankModifier(Part(document.Text, parts, first - 1))))
            {
                first++;
            }

            // After a minister's post, the portfolio's last words leave the person too: "Menteri Komunikasi dan Informatika
            // Rudiantara", "Menko Polhukam Wiranto" name Rudiantara and Wiranto.
            first = SkipPortfolio(document.Text, parts, first, last);

            // A post alone is no person ("kata Wakapolda Jawa Barat", "Kadiskes mengatakan"), and neither is a unit head's
            // title with the unit's name after it ("Kabid Penindakan dan Penyidikan", "Kanit Laka Lantas"). A longer span
            // may hold the holder's name after the unit's; where one begins is not known, so it stays.
            if (first > last) return; // the span was titles only
            var lead = Part(document.Text, parts, first);
            if (first == last && PersonTitles.IsPost(lead)) return;
            if (PersonTitles.IsUnitHead(lead) && last - first <= MaxUnitNameWords) return;
        }
        else if (first < last && PersonTitles.IsLocalPost(Part(document.Text, parts, first)))
        {
            // The tagger read a local commander's post and its place as a place or an organisation ("Kapolrestabes
            // Bandung", "Kapolrestro Jakarta Pusat"): the place is the post's, the post no part of it.
            first++;
            label = EntityLabels.Location;
        }
        else if (first < last && PersonTitles.IsOfficialPost(Part(document.Text, parts, first)))
        {
            // An official's post is no part of the body or place after it ("Sekjen PBB"), nor is a minister's portfolio
            // ("Menpan RB" is the minister, no place).
            first = SkipPortfolio(document.Text, parts, first + 1, last + 1);
        }
        else if (first == last && PersonTitles.IsPost(Part(document.Text, parts, first)))
        {
            return; // a post alone is no organisation or place ("Kepala Kejaksaan Tinggi (Kajati)")
        }

        if (first > last) return;

        // A religion, sect, ideology or people alone is no person, place or organisation ("kelompok ekstremis Sunni",
        // "etnis Rohingya"); dropped here, before the document rules take parts or repeats from it.
        if (GroupWords.AreAll(text, parts, first, last)) return;

        // A file type written as its extension (".JPG, .PDF", "format PDF") is no organisation: see FileTypes.
        if (first == last && FileTypes.IsFileType(text, parts.Starts[first], Part(text, parts, first), first > 0 ? Part(text, parts, first - 1) : default)) return;

        // A direction before a place is where, not its name: "di Selatan Danau Toba" names Danau Toba.
        if (label == EntityLabels.Location) first += LeadingDirections.Count(text, parts, first, last, gazetteer);

        // A country's abbreviation alone is the country (Presiden RI, Konsul Jenderal RI): see CountryAbbreviations.
        if (label == EntityLabels.Organization && first == last && CountryAbbreviations.Contains(Part(document.Text, parts, first))) label = EntityLabels.Location;

        // A ministry's, prosecutor's or agency's short form is the body, also after "di" (see GovernmentShortForms).
        if (first == last && GovernmentShortForms.Contains(Part(document.Text, parts, first))) label = EntityLabels.Organization;

        int from = parts.Starts[first], to = parts.Ends[last];
        document.Entities.Add(new Entity(document.Text.Substring(from, to - from), label, from, to)
        {
            TokenStart = parts.TokenIndex[first],
            TokenEnd = parts.LastTokenIndex[last] + 1,
        });
    }
}
