using System.Runtime.CompilerServices;
using IndoNews.NLP.Tokenization;

namespace IndoNews.NLP.Segmentation;

/// <summary>
/// Groups tokens into sentences for Indonesian news text.
/// </summary>
/// <remarks>
/// <para>A sentence ends at <c>.</c>, <c>?</c>, <c>!</c>, an ellipsis or an abbreviation that can close a
/// sentence (<c>dll.</c>, <c>Tbk.</c>), together with the closing quotes and brackets that stick to it, when
/// the next token can start a sentence (a capital, a digit, an opening quote or bracket before one).
/// Titles (<c>Dr.</c>, <c>Prof.</c>, <c>Jl.</c>, <c>No.</c>) and initials never end a sentence, except a single letter
/// before a function word that opens sentences (<c>tepat pada hari H. Padahal ...</c>, <c>Windows 10 S. Dalam ...</c>,
/// in the news style also after an opening quote: <c>Galaxy A. "Saya senang ...</c>;
/// <c>Grup H. Malaysia ...</c> after a word that takes a letter as its label) or, in the news style, before a capitalised word that
/// news writes in lower case (<c>Model X. Pihak Tesla ...</c>, <c>Nippon Steel Corp. Rencana ...</c>; see
/// <see cref="NewsLowerCaseWords"/>). Emoji, emoticons,
/// hashtags, mentions and links after a sentence end belong to that sentence (<c>Enak bgt!!! 😂 #kuliner</c>), unless
/// text follows them on the line and a hashtag, mention or link is its subject (<c>#MeToo ramai ...</c>). The period of a
/// list number is no sentence end where the number opens a line (<c>1. Nico Rosberg</c>) or belongs to a list written
/// inside one line (<c>terdiri dari 1. Pratu Marwan 2. Praka Edy 3. ...</c>). A reporter tag after a sentence end
/// (<c>(adt)</c>) is a sentence of its own. Brackets the source emptied may open a sentence (<c>kebakaran. () Yakub
/// setuju</c>); a stray space after a thousands dot is no sentence end (<c>2.904. 678 pengikut</c>); and a short
/// attribution ends a sentence before a new quotation even without a period (<c>," katanya menjelaskan "Faktor ...</c>).
/// A period glued to a lower-case letter inside a version or a path ends no sentence (<c>Android 8.x Oreo</c>), nor does
/// one after a space before a file extension (<c>PowerPoint, .JPG, .PDF</c>). In the news style, an opening quote glued
/// to a bracket opens a sentence (<c>"(Semua musnah) karena ...</c>); a lower-case credit in brackets that closes a
/// paragraph is a sentence of its own (<c>(gk-48)</c>, <c>(adji / M1/sir)</c>); a lower-case letter after a colon or
/// semicolon labels an item inside the sentence (<c>dilarang: a. Menjadi ...; b. Menyuruh ...</c>); lower-case
/// <c>no.</c> before a number ends no sentence (<c>jalan Bulungan no. 16</c>), nor does <c>PS.</c> before a club's short
/// form in capitals (<c>Tim PS. TNI dikenakan ...</c>: the tokenizer keeps it one token); and an attribution written with a
/// capital after a quotation stays with it (<c>"... hal yang sama." Harapnya.</c>, <c>” Ujar Robert saat itu.</c>, and
/// at any length after a speech-only verb or a verb with -nya: <c>” Kata Amy Sun selaku Product Manager Facebook kepada
/// Techcrunch.</c>, also with the speaker's post in lower case before the name: <c>?" Kata pimpinan sidang Munaslub,
/// Rofinus Hutahuruk ...</c>). In the UD GSD style, whose sentences stay open after a short capitalised word, a
/// coordinate's compass point still ends one (<c>73° 10′ BT. Gimana toh ini?</c>). A
/// quote mark alone between a sentence end and the end of its line closes that sentence (<c>... dan 2012. “</c>). An
/// ellipsis glued to an opening quote leaves out the quotation's first words and ends nothing (<c>"..... Sayangnya,
/// pernyataan saya ...</c>).</para>
/// <para>Lettered items that open lines in sequence (<c>a. Melaksanakan ...</c>, <c>b. Tidak ...</c>) keep their letter as
/// list numbers do. A blank line always ends a sentence; so does a single line break, unless the text is hard-wrapped
/// (most lines stop mid-sentence at a similar width), in which case line breaks are read as spaces.</para>
/// </remarks>
public sealed class SentenceSplitter : ISentenceSplitter
{
    /// <summary>Creates a splitter that follows the news conventions (<see cref="SentenceStyle.News"/>).</summary>
    public SentenceSplitter()
        : this(SentenceStyle.News)
    {
    }

    /// <summary>Creates a splitter that follows the given conventions.</summary>
    /// <param name="style">The conventions to follow where corpora disagree.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="style"/> is not a defined style.</exception>
    public SentenceSplitter(SentenceStyle style)
        : this(style, keepQuotationsWhole: true)
    {
    }

    /// <summary>Creates a splitter that follows the given conventions and says whether a quotation stays one sentence.</summary>
    /// <param name="style">The conventions to follow where corpora disagree.</param>
    /// <param name="keepQuotationsWhole">
    /// True (the treebanks' convention, and the default): several sentences inside one quotation that closes soon
    /// stay one sentence with its attribution (<c>"Itu hak mereka. Bukan hanya itu," kata Edy.</c>). False: they are
    /// split at each sentence end, as extractive summarisation over sentences wants.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="style"/> is not a defined style.</exception>
    public SentenceSplitter(SentenceStyle style, bool keepQuotationsWhole)
    {
        if (!Enum.IsDefined(style)) throw new ArgumentOutOfRangeException(nameof(style), style, "Unknown sentence style.");
        Style = style;
        KeepsQuotationsWhole = keepQuotationsWhole;
    }

    /// <summary>The shared default instance (news conventions).</summary>
    public static SentenceSplitter Default { get; } = new();

    /// <summary>The conventions this splitter follows.</summary>
    public SentenceStyle Style { get; }

    /// <summary>Whether several sentences inside one quotation stay one sentence (see the constructor).</summary>
    public bool KeepsQuotationsWhole { get; }

    /// <inheritdoc />
    public void Split(string text, ReadOnlySpan<Token> tokens, List<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        if (tokens.IsEmpty) return;
        if (tokens[^1].End > text.Length || !tokens[0].IsOver(text) || !tokens[^1].IsOver(text))
        {
            throw new ArgumentException($"The tokens are not tokens of this text (length {text.Length}): the last ends at {tokens[^1].End}, or they were made over another string.", nameof(tokens));
        }

        bool lineBreaksAreSpaces = IsHardWrapped(text);
        int first = 0;
        bool inQuote = false;
        int openParen = -1;
        int tagEnd = ReporterTagEnd(tokens, 0);
        for (int i = 0; i < tokens.Length - 1; i++)
        {
            int end = i;
            bool boundary;
            int breaks = LineBreaksBetween(text, tokens[i].SurfaceEnd, tokens[i + 1].SurfaceStart);
            if (breaks >= 2 || (breaks == 1 && !lineBreaksAreSpaces && (!ContinuesLine(tokens[i], tokens[i + 1]) || ListMarkers.OpensLine(text, tokens, i + 1))))
            {
                boundary = tokens[i + 1].SurfaceStart > tokens[i].SurfaceStart;
            }
            else if (i == tagEnd)
            {
                // "... tahun depan. (adt) Sementara itu, ...": a reporter tag that opened a sentence is a sentence of its
                // own, as at the end of a paragraph, not the start of the sentence after it.
                boundary = true;
            }
            else
            {
                inQuote = UpdateQuote(text, tokens[i], inQuote);

                // Several sentences inside one quotation stay one sentence when the quotation closes soon.
                if (tokens[i].Length == 1 && text[tokens[i].Start] == '(') openParen = i;
                else if (tokens[i].Length == 1 && text[tokens[i].Start] == ')') openParen = -1;
                boundary = MayEndSentence(tokens[i]) && EndsSentence(text, tokens, i, lineBreaksAreSpaces, inQuote, out end)
                    && !(KeepsQuotationsWhole && inQuote && OnlySingleQuotesClose(tokens, i, end) && ClosesSoon(text, tokens, i + 1))
                    && !(openParen >= 0 && i - openParen < ParenLookahead && ParenClosesSoon(text, tokens, i + 1))
                    && TakeTrailingMarks(text, tokens, ref end);
                if (!boundary && !inQuote && QuotationAttribution.EndsBeforeNextQuotation(text, tokens, i))
                {
                    boundary = true;
                    end = i;
                }
            }

            if (boundary)
            {
                sentences.Add(new Sentence(tokens[first].Start, tokens[end].End, first, end + 1));
                first = end + 1;
                i = end;
                inQuote = false;
                openParen = -1;
                tagEnd = ReporterTagEnd(tokens, first);
            }
        }

        if (first < tokens.Length)
        {
            sentences.Add(new Sentence(tokens[first].Start, tokens[^1].End, first, tokens.Length));
        }
    }

    // Only a token that ends in one of these can end a sentence (IsTerminal): the test, inlined into Split's loop, lets
    // most tokens go without a call to EndsSentence.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayEndSentence(in Token token) => token.Span[^1] is '.' or '?' or '!' or '\u2026';

    // Whether a sentence ends at token i; end is the last token of the sentence (closing quotes included).
    private bool EndsSentence(string text, ReadOnlySpan<Token> tokens, int i, bool lineBreaksAreSpaces, bool inQuote, out int end)
    {
        end = i;
        var token = tokens[i];
        if (token.IsMultiwordPart && token.End != token.SurfaceEnd) return false;
        var span = token.Span;

        if (!IsTerminal(text, tokens, i, span)) return false;
        if (span is "." && Style == SentenceStyle.News && ListMarkers.IsMarkerPeriod(text, tokens, i, lineBreaksAreSpaces)) return false;

        // Closing quotes and brackets that stick to the terminal belong to this sentence; a quote that opens the next
        // quotation does not ("... ke Poso.”Kita berharap ...").
        int j = i;
        while (j + 1 < tokens.Length && tokens[j + 1].Start == tokens[j].End && IsCloser(tokens[j + 1].Span) && !QuoteMarks.Opens(text, tokens[j + 1], inQuote))
        {
            j++;
        }

        // Inside a quotation, a closing quote after a space closes it here when a new sentence follows:
        // "... berkata," Tenang, mainkan permainan Anda sendiri. " Saya senang ...".
        if (inQuote && j == i && ClosesAfterSpace(text, tokens, j + 1)) j++;

        // A quote mark alone between a sentence end and the end of its line has nothing left to open, so it closes
        // the sentence: "... di tahun 2007 dan 2012. “\nKonser ...", "... dengan Capaldo - Smith. '\nMelihat ...".
        if (!lineBreaksAreSpaces && IsLoneQuoteAtLineEnd(text, tokens, j + 1)) j++;

        end = j;
        if (j + 1 >= tokens.Length) return false;

        // News writes some attributions with a capital after the quotation they close ("... hal yang sama." Harapnya.,
        // "... tak lagi muda.” Ujar Robert saat itu."): the attribution belongs to the quotation's sentence.
        if (Style == SentenceStyle.News && j > i && tokens[j].Span is "\"" or "\u201D" or "'" or "\u2019"
            && QuotationAttribution.IsCapitalisedAttribution(text, tokens, j + 1)) return false;
        if (Style == SentenceStyle.UdGsd && TouchesCurlyClosingQuote(tokens, i, j)) return false;
        return CanStartSentence(tokens, j + 1) || OpensQuotationWithRightQuote(text, tokens, j + 1, inQuote)
            || (Style == SentenceStyle.UdGsd && j == i && StartsInLowerCaseAfterClearEnd(tokens, i))
            || (Style == SentenceStyle.News && (OpensQuotationWithBracket(tokens, j + 1) || IsClosingCredit(text, tokens, j + 1)));
    }

    // A credit in brackets that closes a paragraph after a sentence end, longer or odder than the reporter tags that
    // CanStartSentence knows: "... turut hadir. (adji / M1/sir)", "(gk-48)", "(silaen)", "(* / yp)", "(dispen
    // kolinlamil / sir)". It opens with a lower-case word or an asterisk and holds only short words, numbers and
    // slashes, hyphens or asterisks; nothing follows it on its line.
    private static bool IsClosingCredit(string text, ReadOnlySpan<Token> tokens, int open)
    {
        char close = tokens[open].Span is "(" ? ')' : tokens[open].Span is "[" ? ']' : '\0';
        if (close == '\0' || open + 1 >= tokens.Length) return false;
        var first = tokens[open + 1];
        if (!(first.Span is "*" || (first.Kind == TokenKind.Word && char.IsLower(first.Span[0])))) return false;
        for (int k = open + 1; k < tokens.Length && k <= open + MaxCreditTokens; k++)
        {
            if (LineBreaksBetween(text, tokens[k - 1].SurfaceEnd, tokens[k].SurfaceStart) > 0) return false;
            var t = tokens[k].Span;
            if (t.Length == 1 && t[0] == close)
            {
                return k + 1 == tokens.Length || LineBreaksBetween(text, tokens[k].SurfaceEnd, tokens[k + 1].SurfaceStart) > 0;
            }

            if (t.Length > 12 || !(tokens[k].Kind is TokenKind.Word or TokenKind.Number || t is "/" or "-" or "*")) return false;
        }

        return false;
    }

    // A quote mark after a space with a line break or the end of the text right after it.
    private static bool IsLoneQuoteAtLineEnd(string text, ReadOnlySpan<Token> tokens, int k)
    {
        if (k >= tokens.Length || tokens[k].Span is not ("\"" or "\u201C" or "\u201D" or "'" or "\u2019")) return false;
        if (tokens[k].Start == tokens[k - 1].End || LineBreaksBetween(text, tokens[k - 1].End, tokens[k].Start) > 0) return false;
        return k + 1 == tokens.Length || LineBreaksBetween(text, tokens[k].End, tokens[k + 1].Start) > 0;
    }

    // An opening quote glued to a bracket before a capital: "... di Indonesia. "(Semua musnah) karena ...",
    // "... yang menontonnya. “[Adegan] itu membuat ...": the writer's insertion opens the quotation and the sentence.
    private static bool OpensQuotationWithBracket(ReadOnlySpan<Token> tokens, int k)
    {
        if (k + 2 >= tokens.Length || tokens[k].Span is not ("\"" or "\u201C") || tokens[k].Start == tokens[k - 1].End) return false;
        var bracket = tokens[k + 1];
        var word = tokens[k + 2];
        return bracket.Start == tokens[k].End && bracket.Span is ("(" or "[") && word.Start == bracket.End && char.IsUpper(word.Span[0]);
    }

    // A straight or right quote after a space that closes the open quotation, with the next token on its line and no
    // closing quote soon after it.
    private static bool ClosesAfterSpace(string text, ReadOnlySpan<Token> tokens, int k)
    {
        if (k + 1 >= tokens.Length || tokens[k].Span is not ("\"" or "\u201D") || tokens[k].Start == tokens[k - 1].End) return false;
        if (QuoteMarks.Opens(text, tokens[k], inQuote: true)) return false;

        // When another closing quote follows soon, this one opened the next quotation: ". " Kotanya para pemenang, "begitu".
        return LineBreaksBetween(text, tokens[k - 1].End, tokens[k + 1].Start) == 0 && tokens[k + 1].Start > tokens[k].End
            && !ClosesSoon(text, tokens, k + 1);
    }

    // A right quote that opens a quotation before a capital or a digit: "... kata Pochettino. ” Hari ini, ...".
    private static bool OpensQuotationWithRightQuote(string text, ReadOnlySpan<Token> tokens, int k, bool inQuote)
    {
        if (k + 1 >= tokens.Length || tokens[k].Span is not "\u201D" || !QuoteMarks.Opens(text, tokens[k], inQuote)) return false;
        char first = tokens[k + 1].Span[0];
        return char.IsUpper(first) || CharClass.IsDigit(first);
    }

    // Emoji, emoticons, hashtags, mentions and links after a sentence end close that sentence, as closing quotes
    // do: "Enak bgt!!! 😂😂😂 #kuliner", "bijak! :) #KaryaSendiri", "semuanya! pic.twitter.com/x — Jokowi (@jokowi)".
    // When text follows them on the line, a hashtag, mention or link is the subject of the next sentence
    // ("... baru. #MeToo ramai setelah ...", "... saja. CNNIndonesia.com pun ..."), so only the emoji before it stay.
    // False when a period, closing quote or bracket follows them (or a comma closing a quotation): the sentence goes
    // on to that mark.
    private static bool TakeTrailingMarks(string text, ReadOnlySpan<Token> tokens, ref int end)
    {
        int k = end + 1;
        int firstWordLike = -1;
        while (k < tokens.Length && tokens[k].Kind is TokenKind.Emoji or TokenKind.Hashtag or TokenKind.Mention or TokenKind.Url
            && LineBreaksBetween(text, tokens[k - 1].SurfaceEnd, tokens[k].SurfaceStart) == 0)
        {
            if (firstWordLike < 0 && tokens[k].Kind != TokenKind.Emoji) firstWordLike = k;
            k++;
        }

        if (k == end + 1) return true;
        if (k == tokens.Length || LineBreaksBetween(text, tokens[k - 1].SurfaceEnd, tokens[k].SurfaceStart) > 0 || CanStartSentence(tokens, k))
        {
            end = k - 1;
            return true;
        }

        var next = tokens[k].Span;
        if (tokens[k].Kind == TokenKind.Punctuation && (IsCloser(next) || next[0] is '.' or '!' or '?' or '\u2026')) return false;

        // A quoted caption that ends in hashtags: "The hardest thing. #8moredays #missingyouboth," tulisnya.
        if (next is "," && k + 1 < tokens.Length && tokens[k + 1].Start == tokens[k].End && IsCloser(tokens[k + 1].Span)) return false;
        end = firstWordLike < 0 ? k - 1 : firstWordLike - 1;
        return true;
    }

    private bool IsTerminal(string text, ReadOnlySpan<Token> tokens, int i, ReadOnlySpan<char> span)
    {
        char last = span[^1];
        if (span.Length == 1)
        {
            switch (last)
            {
                case '!' when i > 0 && tokens[i - 1].End == tokens[i].Start && tokens[i - 1].Span is "E" or "Yahoo"
                              && i + 1 < tokens.Length && tokens[i + 1].Span is "News" or "Online" or "Beauty" or "Entertainment" or "Finance" or "Sports" or "Style" or "Lifestyle" or "Movies" or "Music" or "Tech" or "Asia" or "Indonesia" or "Answers" or "Mail":
                    // Brands that carry the mark: "dikutip E! News", "Kepada Yahoo! Beauty"; "vitamin E! Ayo" still ends.
                    return false;
                case '\u2026' when LeadsQuotation(text, tokens, i):
                    return false;
                case '?' or '!' or '\u2026':
                    return true;
                case '.':
                    // " .50": a period with a space before it and a digit right after it opens a number.
                    if (i + 1 < tokens.Length && tokens[i + 1].Start == tokens[i].End && CharClass.IsDigit(tokens[i + 1].Span[0])
                        && (i == 0 || tokens[i - 1].End < tokens[i].Start)) return false;

                    // ", .JPG, .PDF": a period with a space before it and a file extension glued after it names a file type.
                    if (i + 1 < tokens.Length && tokens[i + 1].Start == tokens[i].End && (i == 0 || tokens[i - 1].End < tokens[i].Start)
                        && IsFileExtension(tokens[i + 1])) return false;

                    if (SplitsThousandsGroups(tokens, i)) return false;

                    // "Dr ." and "R ." in treebanks that split the period: a title or an initial before it keeps the sentence open.
                    if (i > 0 && tokens[i - 1].End == tokens[i].Start)
                    {
                        if (OpensFileExtension(tokens, i)) return false;

                        var before = tokens[i - 1].Span;
                        if (Style == SentenceStyle.News && (IsInlineLetterLabel(tokens, i - 1) || IsLowerCaseNumberSign(tokens, i))) return false;

                        // "suhu mencapai 40 °C. Cuaca ...": a temperature's unit after the degree sign is no initial.
                        if (Style == SentenceStyle.News && IsDegreeUnit(tokens, i - 1)) return true;
                        bool label = i > 1 && Abbreviations.LetterLabels.Contains(tokens[i - 2].Span); // Serie A. Hasil …
                        if (Abbreviations.CompanyForms.Contains(before)) return CompanyFormEndsSentence(tokens, i + 1);
                        if (Style == SentenceStyle.News && Abbreviations.IsInitial(before) && OpensWithSentenceOpener(tokens, i + 1)) return true; // "Windows 10 S. Dalam sebuah acara ..."
                        if (Style == SentenceStyle.News && Abbreviations.IsInitial(before) && !Abbreviations.IsTitle(before) && !label
                            && FollowsWord(tokens, i - 1) && OpensWithLowerCaseWord(tokens, i + 1)) return true; // "Model X. Pihak Tesla ..."
                        if ((Abbreviations.IsTitle(before) && !(label && before.Length == 1)) || (Abbreviations.IsInitial(before) && !label)) return false;
                        if (Style == SentenceStyle.UdGsd && IsShortCapitalisedWord(tokens[i - 1]) && !IsCoordinateDirection(tokens, i - 1)) return false;
                    }

                    return true;
                default:
                    return false;
            }
        }

        if (last != '.') return false;
        var kind = tokens[i].Kind;
        if (kind == TokenKind.Punctuation) return !LeadsQuotation(text, tokens, i); // an ellipsis
        if (kind != TokenKind.Word) return false;

        // A word that carries its period: an abbreviation. Titles, initials, company forms (Pte. Ltd.) and
        // dotted forms (a.n.) stay open, except before a credit that closes the paragraph: no name goes on with it
        // ("... berselingkuh dengan Mr X. (yendhi / yp)").
        return Abbreviations.Enders.Contains(span[..^1]) || (Abbreviations.CompanyForms.Contains(span[..^1]) && CompanyFormEndsSentence(tokens, i + 1))
            || DottedFormEndsSentence(tokens, i, span)
            || (Style == SentenceStyle.News && i + 1 < tokens.Length && tokens[i + 1].Start > tokens[i].End && IsClosingCredit(text, tokens, i + 1));
    }

    // A dotted form (S.H., A.S., BI.ON.INC.) ends a sentence before a function word that opens one, as a company form
    // does: "... bertajuk BI.ON.INC. Di mana ...", "Hakim Ahmad, S.H. Dia menilai ...". No name goes on with such a word
    // ("K.H. Ahmad Dahlan", "J.F. Kennedy" stay open). News style only: GSD keeps a sentence open after short forms.
    private bool DottedFormEndsSentence(ReadOnlySpan<Token> tokens, int i, ReadOnlySpan<char> span)
    {
        if (Style != SentenceStyle.News || span[..^1].IndexOf('.') < 1 || i + 1 >= tokens.Length) return false;
        var next = tokens[i + 1];
        return next.Kind == TokenKind.Word && next.Start > tokens[i].End && SentenceOpeners.Contains(next.Span);
    }

    // A company form (Inc., Corp., Tbk.) keeps the sentence open (Pte. Ltd., Tbk. (ASII)) unless a function word that
    // opens sentences follows it: "milik Cisco Systems Inc. Hal ini membuat ...", "hingga Play Inc. Mereka ...". GSD
    // keeps even those inside one sentence ("GeoEye Inc. Seperti pada ..."), so only the news style splits there.
    // A common word that news writes in lower case ends it too ("Nippon Steel Corp. Rencana ..."), but not a name
    // ("Hitomedia Inc. Morita").
    private bool CompanyFormEndsSentence(ReadOnlySpan<Token> tokens, int next)
        => Style == SentenceStyle.News && next < tokens.Length && tokens[next].Kind == TokenKind.Word
            && (SentenceOpeners.Contains(tokens[next].Span) || OpensWithLowerCaseWord(tokens, next));

    // A capitalised word that news writes in lower case inside sentences: "Logitech G. Aset Astro Gaming ...",
    // "iPhone X. Analis percaya ...".
    private static bool OpensWithLowerCaseWord(ReadOnlySpan<Token> tokens, int k)
        => k < tokens.Length && tokens[k].Kind == TokenKind.Word && NewsLowerCaseWords.ContainsCapitalised(tokens[k].Span);

    // A function word that opens sentences, alone or after an opening quote glued to it: "Windows 10 S. Dalam ...",
    // "menggunakan Galaxy A. "Saya senang ...". No name goes on with a quotation that opens with such a word.
    private static bool OpensWithSentenceOpener(ReadOnlySpan<Token> tokens, int k)
    {
        if (k + 1 < tokens.Length && tokens[k].Span is ("\"" or "\u201C") && tokens[k + 1].Start == tokens[k].End && tokens[k].Start > tokens[k - 1].End) k++;
        return k < tokens.Length && tokens[k].Kind == TokenKind.Word && SentenceOpeners.Contains(tokens[k].Span);
    }

    // A lower-case letter after a colon or semicolon labels an item of a list written inside the sentence: "Setiap
    // orang dilarang: a. Menjadi penjaja seks komersial; b. Menyuruh ...".
    private static bool IsInlineLetterLabel(ReadOnlySpan<Token> tokens, int letter)
        => letter > 0 && tokens[letter].Length == 1 && char.IsAsciiLetterLower(tokens[letter].Span[0])
            && tokens[letter - 1].Span is (":" or ";") && tokens[letter - 1].End < tokens[letter].Start;

    // An ellipsis glued to the opening quote before it leaves out the first words of the quotation; it ends nothing:
    // "... menjadi bias.\n"..... Sayangnya, pernyataan saya tersebut tidak dikutip ...", "“… Kami akan datang," katanya.
    private static bool LeadsQuotation(string text, ReadOnlySpan<Token> tokens, int ellipsis)
        => ellipsis > 0 && tokens[ellipsis - 1].End == tokens[ellipsis].Start && tokens[ellipsis - 1].Span is "\"" or "\u201C"
            && (tokens[ellipsis - 1].Start == 0 || char.IsWhiteSpace(text[tokens[ellipsis - 1].Start - 1]));

    // Lower-case "no." (nomor) after a word and before a number on the same line: "di jalan Bulungan no. 16, Kebayoran
    // Baru". Only before a number: taken as a title everywhere, "no." cost a sentence end on UD GSD.
    private static bool IsLowerCaseNumberSign(ReadOnlySpan<Token> tokens, int period)
        => period >= 2 && period + 1 < tokens.Length && tokens[period - 1].Span is "no" && tokens[period - 2].Kind == TokenKind.Word
            && tokens[period + 1].Kind == TokenKind.Number && CharClass.IsDigit(tokens[period + 1].Span[0])
            && tokens[period + 1].Start == tokens[period].End + 1 && tokens[period - 2].End < tokens[period - 1].Start;

    // "40 °C", "100°F", "273 °K": C, F or K glued to a degree sign before it.
    private static bool IsDegreeUnit(ReadOnlySpan<Token> tokens, int letter)
        => letter > 0 && tokens[letter].Span is "C" or "F" or "K" && tokens[letter - 1].Span is "\u00B0" && tokens[letter - 1].End == tokens[letter].Start;

    // The letter follows a word or number, as a model letter does ("Model X.", "hepatitis B.", "Xbox One X."), not a
    // colon, comma or period, after which it labels an item of a list ("berikut: A. Calon penumpang ...").
    private static bool FollowsWord(ReadOnlySpan<Token> tokens, int letter)
        => letter > 0 && tokens[letter - 1].Kind is TokenKind.Word or TokenKind.Number;

    // The period of a file name glued on both sides: "mourinho_d400edf.jpg" in the image tags that IndoSum kept
    // ("src=\"https://cdns.klimg.com / ... / conte_7244639.jpg\" style=..."), where "jpg" would otherwise open a sentence.
    private static bool OpensFileExtension(ReadOnlySpan<Token> tokens, int period)
    {
        return period + 1 < tokens.Length && tokens[period + 1].Start == tokens[period].End && IsFileExtension(tokens[period + 1]);
    }

    private static bool IsFileExtension(in Token token) => token.Kind == TokenKind.Word && FileExtensions.Contains(token.Span);

    // "mempunyai 2.904. 678 pengikut": a stray space after a thousands dot inside one number. The number before has
    // thousands groups, three digits follow after one space and the sentence goes on in lower case.
    private static bool SplitsThousandsGroups(ReadOnlySpan<Token> tokens, int period)
    {
        if (period == 0 || period + 2 >= tokens.Length) return false;
        var before = tokens[period - 1];
        var after = tokens[period + 1];
        var next = tokens[period + 2];
        if (before.Kind != TokenKind.Number || before.End != tokens[period].Start || after.Start != tokens[period].End + 1) return false;
        if (after.Kind != TokenKind.Number || after.Length != 3 || after.Span.ContainsAnyExceptInRange('0', '9')) return false;
        if (next.Kind != TokenKind.Word || !char.IsLower(next.Span[0])) return false;

        // "2.904", "12.500.000": one to three digits, then groups of a dot and three digits.
        var number = before.Span;
        int dot = number.IndexOf('.');
        if (dot is < 1 or > 3 || number[..dot].ContainsAnyExceptInRange('0', '9')) return false;
        for (int k = dot; k < number.Length; k += 4)
        {
            if (number[k] != '.' || k + 4 > number.Length || number.Slice(k + 1, 3).ContainsAnyExceptInRange('0', '9')) return false;
        }

        return true;
    }

    // GSD's segmentation: a capitalised word of at most four bytes before a period ("Jawa.", "RCTI."). The
    // count is in bytes, not characters: on GSD dev "Kadō." (five UTF-8 bytes) ends a sentence.
    private static bool IsShortCapitalisedWord(in Token token)
        => token.Kind == TokenKind.Word && token.Length <= 4 && char.IsUpper(token.Span[0]) && System.Text.Ascii.IsValid(token.Span);

    // A compass point that closes a coordinate ("33° 40′ LU 73° 10′ BT.", "6° LS 106° BT."): LU, LS, BT or BB after a
    // number or a degree, minute or second sign. It names no one that a sentence could go on with, so even GSD's
    // segmentation, which keeps a sentence open after a short capitalised word, ends the sentence there.
    private static bool IsCoordinateDirection(ReadOnlySpan<Token> tokens, int word)
        => word > 0 && tokens[word].Span is "LU" or "LS" or "BT" or "BB"
            && (tokens[word - 1].Kind == TokenKind.Number || tokens[word - 1].Span is "\u00B0" or "\u2032" or "\u2033" or "'" or "\"");

    // GSD's segmentation never ends a sentence at a curly closing quote next to the terminal ("kata. ”", "” ."):
    // on GSD dev no gold sentence ends with one, and all five such periods are sentence-internal.
    private static bool TouchesCurlyClosingQuote(ReadOnlySpan<Token> tokens, int terminal, int end)
    {
        for (int k = Math.Max(0, terminal - 1); k <= end; k++)
        {
            if (tokens[k].Span is "\u201D") return true;
        }

        return false;
    }

    // GSD has sentences that start in lower case ("... asal Italia. apakah Alya ...", "... komanya? naskah ...").
    // A question or exclamation mark, or a period after a word too long to be an abbreviation, ends one
    // before a lower-case word; on GSD dev every such position is a gold boundary (3 of 3).
    private static bool StartsInLowerCaseAfterClearEnd(ReadOnlySpan<Token> tokens, int terminal)
    {
        if (terminal + 1 >= tokens.Length || tokens[terminal + 1].Kind != TokenKind.Word || !char.IsLower(tokens[terminal + 1].Span[0])) return false;
        var span = tokens[terminal].Span;
        if (span is "?" or "!") return true;
        return span is "." && terminal > 0 && tokens[terminal - 1].Kind == TokenKind.Word && tokens[terminal - 1].Length > 4 && !InsideDottedForm(tokens, terminal);
    }

    // A period glued to the lower-case letter after it inside a version, a path or a name: after a number ("Android
    // 8.x Oreo", "Fortuner 2.l diesel"), after a space (the game ".hack"), or in a run of dotted or slashed parts
    // ("com.samsung.android.app", "kepada.ramos.ronaldo" in a broken link). Between two words with spaces outside
    // ("lubang hitam narkoba.mengonfirmasi pada") the source lost a space, and the period still ends the sentence.
    // ASCII only: "â€" glued to a period is a curly quote decoded wrongly, not a word.
    private static bool InsideDottedForm(ReadOnlySpan<Token> tokens, int period)
    {
        if (period == 0 || period + 1 >= tokens.Length) return false;
        var before = tokens[period - 1];
        var after = tokens[period + 1];
        if (after.Start != tokens[period].End || !char.IsAsciiLetterLower(after.Span[0])) return false;
        if (before.End != tokens[period].Start || before.Kind == TokenKind.Number) return true;
        bool partBefore = period >= 2 && tokens[period - 2].End == before.Start && tokens[period - 2].Span is "." or "/";
        bool partAfter = period + 3 < tokens.Length && tokens[period + 2].Start == after.End && tokens[period + 2].Span is "." or "/"
            && tokens[period + 3].Start == tokens[period + 2].End;
        return partBefore || partAfter;
    }

    private const int QuoteLookahead = 80;
    private const int ParenLookahead = 30;

    // How many tokens after its opening bracket a closing credit spans at most, the closing one included.
    private const int MaxCreditTokens = 8;

    // Whether a closing bracket follows within a few tokens: "(SSK. II)", "(Bl.)".
    private static bool ParenClosesSoon(string text, ReadOnlySpan<Token> tokens, int from)
    {
        int to = Math.Min(tokens.Length, from + ParenLookahead);
        for (int k = from; k < to; k++)
        {
            if (tokens[k].Length != 1) continue;
            char c = text[tokens[k].Start];
            if (c == ')') return true;
            if (c == '(') return false;
        }

        return false;
    }

    // Whether a quotation is open after the token: a double quotation mark opens or closes one as its surroundings say.
    private static bool UpdateQuote(string text, in Token token, bool inQuote)
    {
        if (token.Length != 1 || text[token.Start] is not ('"' or '\u201C' or '\u201D')) return inQuote;
        return QuoteMarks.Opens(text, token, inQuote);
    }

    // Whether a closing quotation mark follows within a short stretch, before any line break.
    private static bool ClosesSoon(string text, ReadOnlySpan<Token> tokens, int from)
    {
        int to = Math.Min(tokens.Length, from + QuoteLookahead);
        for (int k = from; k < to; k++)
        {
            if (k > from && LineBreaksBetween(text, tokens[k - 1].SurfaceEnd, tokens[k].SurfaceStart) > 0) return false;
            if (tokens[k].Length != 1) continue;
            char c = text[tokens[k].Start];
            // A quote that opens a new quotation means this one does not close soon.
            if (c is '"' or '\u201D' or '\u201C') return !QuoteMarks.Opens(text, tokens[k], inQuote: true);
        }

        return false;
    }

    // Inside a double quotation, the closers that stick to a terminal may only end a quotation nested in it
    // ("Saya bilang ‘jangan pergi.’ Dia tetap pergi," kata Budi): the double quotation stays open.
    private static bool OnlySingleQuotesClose(ReadOnlySpan<Token> tokens, int terminal, int end)
    {
        for (int k = terminal + 1; k <= end; k++)
        {
            if (tokens[k].Span is not ("'" or "\u2019")) return false;
        }

        return true;
    }

    private static bool IsCloser(ReadOnlySpan<char> span)
        => span is "\"" or "'" or "\u201D" or "\u2019" or ")" or "]" or "\u00BB" or "''";

    private static bool CanStartSentence(ReadOnlySpan<Token> tokens, int k)
    {
        var span = tokens[k].Span;
        char c = span[0];
        if (char.IsUpper(c) || CharClass.IsDigit(c)) return true;
        // "... tahun 1879. atau ...": a bare period after a lower-case word ends a sentence even before a lower-case word.
        if (char.IsLower(c) && k >= 2 && tokens[k - 1].Span is "." && !InsideDottedForm(tokens, k - 1) && ((tokens[k - 2].Kind == TokenKind.Word && char.IsLower(tokens[k - 2].Span[0]) && tokens[k - 2].Length > 1) || tokens[k - 2].Kind == TokenKind.Number)) return true;
        if (span is "\"" or "'" or "\u201C" or "\u2018" or "(" or "[" or "``" or "`" or "\u00AB" or "\u2013" or "\u2014" || span[0] == '-')
        {
            // "... mengalami kebakaran. () Yakub setuju": brackets that the source emptied (a stripped pronunciation or
            // date, frequent in encyclopedic text) stand before the capital that opens the sentence.
            int next = k + 1;
            if (next < tokens.Length && tokens[next].Start == tokens[k].End && ((span is "(" && tokens[next].Span is ")") || (span is "[" && tokens[next].Span is "]")))
            {
                next++;
            }

            return next < tokens.Length && (char.IsUpper(tokens[next].Span[0]) || CharClass.IsDigit(tokens[next].Span[0]) || IsReporterTag(tokens, k));
        }

        return tokens[k].Kind is TokenKind.Hashtag or TokenKind.Mention or TokenKind.Emoji or TokenKind.Url;
    }

    // "… tahun depan. (adt)", "… kata dia. [sho]", "(lav / lav)": the reporter's initials after the last sentence
    // of a paragraph are not part of it. Up to three short lower-case words (and slashes) in brackets, then the end
    // of the text or a capital.
    private static bool IsReporterTag(ReadOnlySpan<Token> tokens, int open) => TagClose(tokens, open, out _) >= 0;

    // The closing bracket of a reporter tag at the start of a sentence ("(adt)", "(fit / pra)") when text follows
    // it, or -1. One letter ("(a)", "(b)") is a list label here, and a Roman numeral ("(ii)") too: "(a) Setiap
    // orang ..." stays one sentence.
    private static int ReporterTagEnd(ReadOnlySpan<Token> tokens, int open)
    {
        if (open >= tokens.Length) return -1;
        int close = TagClose(tokens, open, out int shortest);
        if (close < 0 || close + 1 >= tokens.Length || shortest < 2 || IsRomanNumeral(tokens[open + 1].Span)) return -1;
        return close;
    }

    private static int TagClose(ReadOnlySpan<Token> tokens, int open, out int shortest)
    {
        shortest = int.MaxValue;
        char close = tokens[open].Span is "(" ? ')' : tokens[open].Span is "[" ? ']' : '\0';
        if (close == '\0') return -1;
        int words = 0;
        for (int k = open + 1; k < tokens.Length && k <= open + 6; k++)
        {
            var t = tokens[k].Span;
            if (t.Length == 1 && t[0] == close)
            {
                bool tag = words is >= 1 and <= 3 && (k + 1 == tokens.Length || char.IsUpper(tokens[k + 1].Span[0]) || tokens[k + 1].Span is "\"" or "\u201C");
                return tag ? k : -1;
            }

            if (t is "/") continue;
            if (tokens[k].Kind != TokenKind.Word || t.Length > 5 || !IsLowerAscii(t)) return -1;
            shortest = Math.Min(shortest, t.Length);
            words++;
        }

        return -1;
    }

    private static bool IsRomanNumeral(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (c is not ('i' or 'v' or 'x')) return false;
        }

        return true;
    }

    private static bool IsLowerAscii(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (!char.IsAsciiLetterLower(c)) return false;
        }

        return true;
    }

    // Line breaks as the paragraph segmenter reads them (CharClass.IsLineBreak), \r\n counted once; a
    // paragraph separator (U+2029) counts as two, a blank line.
    private static int LineBreaksBetween(string text, int from, int to)
    {
        int count = 0;
        for (int k = from; k < to; k++)
        {
            char c = text[k];
            if (!CharClass.IsLineBreak(c) || (c == '\r' && k + 1 < text.Length && text[k + 1] == '\n')) continue;
            count += c == '\u2029' ? 2 : 1;
        }

        return count;
    }

    // A single line break inside a sentence: the next line goes on in lower case ("(AS)\ndan Rusia") or the
    // line stops at a comma or hyphen.
    private static bool ContinuesLine(in Token last, in Token next)
    {
        char first = next.Span[0];
        if (char.IsLower(first)) return true;
        var end = last.Span;

        // "... melalui pesan singkat kepada\n, Rabu (5/7).": a comma cannot open a sentence, so a line that starts with
        // one after a word goes on with it (the source dropped the outlet's name before the comma).
        if (first == ',' && last.Kind == TokenKind.Word) return true;
        return end is "," or ";" or "-" or "\u2013" || (last.Kind == TokenKind.Word && end.Length > 0 && char.IsLower(end[^1]) && CharClass.IsDigit(first));
    }

    // Hard-wrapped text (fixed-width lines that stop mid-sentence) uses line breaks as spaces. Only lines ended by '\n'
    // count (the text after the last one does not); IndexOf finds each line's end with a vectorised search.
    private static bool IsHardWrapped(string text)
    {
        int lines = 0;
        int open = 0;
        int longest = 0;
        int lineStart = 0;
        for (int k = text.IndexOf('\n'); k >= 0; k = text.IndexOf('\n', lineStart))
        {
            var line = text.AsSpan(lineStart, k - lineStart).TrimEnd();
            lineStart = k + 1;
            if (line.IsEmpty) continue;
            lines++;
            longest = Math.Max(longest, line.Length);
            char last = line[^1];
            if (last is not ('.' or '?' or '!' or '"' or '\u201D' or ':')) open++;
        }

        return lines >= 3 && longest <= 120 && open * 2 > lines;
    }
}
