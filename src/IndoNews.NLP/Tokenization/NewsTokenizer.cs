using System.Buffers;
using System.Runtime.CompilerServices;
using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Tokenization;

/// <summary>
/// The tokenizer for Indonesian news, following Universal Dependencies conventions for Indonesian.
/// </summary>
/// <remarks>
/// <para>A hand-written scanner: one pass over the text, no regular expressions, no allocation beyond the
/// tokens it appends. Any string is accepted (lone surrogates, control characters, megabytes of one
/// character) and tokenized in linear time; tokens come out in text order, without overlap, and cover
/// every character that is not white space.</para>
/// <para>It keeps whole: reduplications (<c>anak-anak</c>), hyphenated forms (<c>ke-5</c>, <c>1960-an</c>,
/// <c>e-KTP</c>), numbers with Indonesian separators (<c>1.500.000,50</c>, <c>2/7</c>, <c>14:35</c>), URLs,
/// domains (<c>Kompas.com</c>), e-mail addresses, mentions, hashtags, emoji sequences, and abbreviations
/// (<c>Dr.</c>, <c>dll.</c>, <c>a.n.</c>, initials). It splits clitics into words of their own that share
/// the surface span (<c>bukunya</c> → <c>buku</c> + <c>nya</c>), except frozen forms (<c>sekolah</c>,
/// <c>hanya</c>, <c>sebelumnya</c>), and it splits <c>Rp</c> from the amount, <c>%</c> from the number and
/// number ranges (<c>5-10</c>; a model code with a letter before its hyphen, <c>i7-7500U</c>, stays whole). See <see cref="TokenizationStyle"/> for where the treebanks differ.</para>
/// </remarks>
public sealed class NewsTokenizer : ITokenizer
{
    /// <summary>Creates a tokenizer.</summary>
    /// <param name="style">Which conventions to follow where the treebanks disagree.</param>
    public NewsTokenizer(TokenizationStyle style = TokenizationStyle.News)
    {
        if (!Enum.IsDefined(style)) throw new ArgumentOutOfRangeException(nameof(style), style, "Unknown tokenization style.");
        Style = style;
    }

    /// <summary>The shared default instance (<see cref="TokenizationStyle.News"/>).</summary>
    public static NewsTokenizer Default { get; } = new();

    /// <summary>A shared instance that follows UD Indonesian-GSD (<see cref="TokenizationStyle.UdGsd"/>).</summary>
    public static NewsTokenizer UdGsd { get; } = new(TokenizationStyle.UdGsd);

    /// <summary>The conventions this tokenizer follows.</summary>
    public TokenizationStyle Style { get; }

    /// <inheritdoc />
    public void Tokenize(string text, TokenList tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        int i = 0;
        int emailCheckedTo = 0;
        CliticNameEvidence? names = null;
        int n = text.Length;
        while (i < n)
        {
            char c = text[i];
            if (c == ' ' || CharClass.IsSeparator(c))
            {
                i++;
                continue;
            }

            i = CharClass.IsWordChar(c)
                ? ScanWord(text, i, tokens, ref emailCheckedTo, ref names)
                : ScanSymbol(text, i, tokens);
        }
    }

    // Most words are a run of letters or digits before a space, a line break or a comma: the fast path below emits them
    // (with their clitic split) without the checks for URLs, e-mail addresses, codes, joined parts and abbreviations,
    // each of which needs a mark right after the run (IsPlainRunEnd). The rest goes to ScanJoinedWord, kept out of line
    // so that this path keeps a small stack frame.
    private int ScanWord(string text, int start, TokenList tokens, ref int emailCheckedTo, ref CliticNameEvidence? names)
    {
        int i = RunEnd(text, start);

        // "Rp1,5 triliun" is split after "Rp" whatever ends the run ("Rp1 juta").
        if (IsPlainRunEnd(text, i) && text[start] != 'R')
        {
            return CharClass.IsDigit(text[start])
                ? Emit(text, start, i, TokenKind.Number, tokens)
                : EmitWord(text, start, i, start, -1, tokens, ref names);
        }

        return ScanJoinedWord(text, start, i, tokens, ref emailCheckedTo, ref names);
    }

    // Whether the character at end, which ends a run of word characters, leaves the run a token of its own whatever
    // came before it: the end of the text, white space, or a mark other than those that ScanJoinedWord reads after a
    // run (the hyphens, '.', ':', '/', '&', '=', '*', '+', '@', '_', '%', the apostrophes), or a comma after a letter
    // (after a digit it may join a number, "1,5"). URLs ("http:", "www."), e-mail addresses, glued times and links,
    // regulation codes, credit ratings and abbreviations all need one of those marks at end.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsPlainRunEnd(string text, int end)
    {
        if ((uint)end >= (uint)text.Length) return true;
        char c = text[end];
        if (c == ',') return !CharClass.IsDigit(text[end - 1]);
        return c is not ('-' or '.' or ':' or '/' or '&' or '=' or '*' or '+' or '@' or '_' or '%' or '\'' or '\u2010' or '\u2011' or '\u2013' or '\u2014' or '\u2019');
    }

    // A word whose run is followed by a mark that may join it to more (see IsPlainRunEnd); i is where the run ends.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int ScanJoinedWord(string text, int start, int i, TokenList tokens, ref int emailCheckedTo, ref CliticNameEvidence? names)
    {
        int n = text.Length;
        if ((text[start] | 0x20) is 'h' or 'f' or 'w' && StartsUrl(text, start))
        {
            return Emit(text, start, ScanUrl(text, start), TokenKind.Url, tokens);
        }

        // "Sedih banget T_T": the crying face written with two capital T's is one token, as "(T_T)" is.
        if (Style == TokenizationStyle.News && text[start] == 'T' && Kaomoji.BareLetterFaceEnd(text, start) is int face and > 0)
        {
            return Emit(text, start, face, TokenKind.Emoji, tokens);
        }

        // "NSH Jakarta18.00 - 20.00 WIB": a schedule that lost its line breaks glues the time to the name before it.
        if (Style == TokenizationStyle.News && GluedTimeStart(text, start, i) is int time and > 0) return Emit(text, start, time, TokenKind.Word, tokens);

        // "Tinggalkan Madridhttp://bola.kompas.com/...": a link glued to the word before it starts a token of its own.
        if (GluedUrlStart(text, start, i) is int link and > 0) return Emit(text, start, link, TokenKind.Word, tokens);

        // An e-mail address needs '@' after a run of letters, digits and . _ - + %; looking ahead once per
        // such run keeps the scan linear.
        if (i < n && text[i] is '@' or '.' or '_' or '-' or '+' or '%' && start >= emailCheckedTo)
        {
            int emailEnd = ScanEmail(text, start, out emailCheckedTo);
            if (emailEnd > 0) return Emit(text, start, emailEnd, TokenKind.Email, tokens);
        }

        // "Rp1,5 triliun": the currency is a token of its own, as in "Rp 1,5".
        if (text[start] == 'R' && start + 2 < n && text[start + 1] is 'p' or 'P' && CharClass.IsDigit(text[start + 2]))
        {
            return Emit(text, start, start + 2, TokenKind.Word, tokens);
        }

        // "Peraturan Bapepam No. IX.E.1": a regulation code, not the initials "IX.E." and a number.
        if (text[start] is 'I' or 'V' or 'X' or 'L' && RegulationCodes.End(text, start, i) is int code and > 0)
        {
            return Emit(text, start, code, TokenKind.Word, tokens);
        }

        // "No. XI. B. 02.00": the same code with spaces; the chapter keeps its period, so no sentence ends inside it.
        if (Style == TokenizationStyle.News && text[start] is 'I' or 'V' or 'X' or 'L' && RegulationCodes.SpacedChapterEnd(text, start, i) is int chapter and > 0)
        {
            return Emit(text, start, chapter, TokenKind.Word, tokens);
        }

        int segStart = start;
        int dottedParts = 0;
        bool domain = false;
        bool slashed = false;
        int lastHyphen = -1;
        while (i + 1 < n)
        {
            char c = text[i];
            char d = text[i + 1];
            if (c is '-' or '\u2010' or '\u2011' || (Style == TokenizationStyle.UdGsd && c is '\u2013' or '\u2014'))
            {
                if (!CharClass.IsWordChar(d)) break;
                int nextEnd = RunEnd(text, i + 1);
                if (Style == TokenizationStyle.News && !JoinHyphen(text.AsSpan(segStart, i - segStart), text.AsSpan(i + 1, nextEnd - i - 1), nextEnd < n ? text[nextEnd] : ' ')) break;
                lastHyphen = i;
                segStart = i + 1;
                i = nextEnd;
            }
            else if (c is '.' or ',' or ':' && CharClass.IsDigit(d) && CharClass.IsDigit(text[i - 1]))
            {
                // 1.500.000,50 and 14:35 and 180.254.8.5
                segStart = i + 1;
                i = RunEnd(text, i + 1);
            }
            else if (c == '.' && CharClass.IsDigit(d) && (slashed || (IsCapitalsCode(text.AsSpan(segStart, i - segStart)) && SlashFollows(text, RunEnd(text, i + 1)))))
            {
                // Regulation numbers: 34/PMK.011/2007, Kep-176/KM.10/7; a letter's number whose slash before it was spaced
                // ("Nomor NDR - / PJ.051 / 2016") is known by the slash after it.
                segStart = i + 1;
                i = RunEnd(text, i + 1);
            }
            else if (c == '.' && CharClass.IsLetter(d))
            {
                int nextEnd = RunEnd(text, i + 1);
                var next = text.AsSpan(i + 1, nextEnd - i - 1);
                bool closed = nextEnd >= n || !CharClass.IsWordChar(text[nextEnd]);
                bool numbered = CharClass.IsDigits(text.AsSpan(start, i - start));
                if (closed && (domain || IsTopLevelDomain(next)) && (!numbered || IsNumberedSiteDomain(next)))
                {
                    domain = true;
                }
                else if (!domain && IsLowerHostLabel(text.AsSpan(segStart, i - segStart)) && SubdomainsEndInDomain(text, i))
                {
                    // "mobile.twitter.com", "pic.twitter.com/AbC": the labels before a domain belong to it; only
                    // lower-case labels, so that "Jakarta.detik.com" (a missing space) stays apart.
                    domain = true;
                }
                else if (!domain && i - segStart <= 3 && next.Length <= 3 && IsLettersOnly(text.AsSpan(segStart, i - segStart)) && IsLettersOnly(next)
                    && (next.Length <= 2 || (nextEnd < n && text[nextEnd] == '.')))
                {
                    // S.H., a.n., D.W., S.Pd.
                    dottedParts++;
                }
                else
                {
                    break;
                }

                segStart = i + 1;
                i = nextEnd;
            }
            else if (c == '/' && CharClass.IsWordChar(d))
            {
                int nextEnd = RunEnd(text, i + 1);
                var left = text.AsSpan(segStart, i - segStart);
                var right = text.AsSpan(i + 1, nextEnd - i - 1);
                // "dan/atau", "DPR/MPR" are two words and a slash, and so are "9.100/9.105" and "4/2007";
                // dates and fractions ("2/7", "12/10") and codes ("S/A", "II/2007", "34/PMK.011/2007") are one token.
                // GSD's text spaces every slash its tokens split ("desa / kelurahan", "41 / 1999"), so one written
                // without spaces lies inside a token.
                if (Style == TokenizationStyle.News && IsLettersOnly(left) && IsLettersOnly(right) && left.Length >= 2 && right.Length >= 2 && !IsSpelledRatingSign(left, right)) break;
                if (Style == TokenizationStyle.News && !slashed && CharClass.IsDigit(text[i - 1]) && CharClass.IsDigit(d) && (i - start > 2 || right.Length > 2)) break;

                // "Rp 6.800/liter", "Rp 9.700/kg": an amount per a unit in lower case is the amount, a slash and the unit,
                // so that the amount is a value of its own; codes ("3/RW", "34/PMK.011/2007") write capitals or run on, and
                // so does a path ("2017/05/radja").
                if (Style == TokenizationStyle.News && !slashed && (start == 0 || text[start - 1] != '/') && IsAmount(text.AsSpan(start, i - start))
                    && IsLowerWord(right) && !RunsOn(text, nextEnd))
                {
                    break;
                }

                slashed = true;
                segStart = i + 1;
                i = nextEnd;
            }
            else if (Style == TokenizationStyle.UdGsd && c is '&' or '=' && CharClass.IsWordChar(d))
            {
                // GSD's text spaces every '&' and '=' its tokens split, so "AT&T", "x=5" and "14&amp;nbsp" (a reference
                // glued to a number) are one token each; the reference's ';' is left as a token, as GSD has it.
                int reference = c == '&' ? CharacterReferenceEnd(text, i) : 0;
                segStart = reference > 0 ? reference : i + 1;
                i = RunEnd(text, segStart);
            }
            else if (c == '*' && CharClass.IsLetter(text[i - 1]) && RunOf(text, i, '*') is int masked && masked < n && CharClass.IsLetter(text[masked]))
            {
                // A censored word keeps its masked letters: "bang**t", "s**t", "SM*SH" are one word each, so
                // that no half of it is read as a word or a name ("Ilham SM").
                segStart = masked;
                i = RunEnd(text, masked);
            }
            else if (Style == TokenizationStyle.News && c == '+' && CharClass.IsDigit(d) && i - start == 1 && text[start] == 'H')
            {
                // "H+7", as "H-7": the days after a set day (Lebaran), one token.
                segStart = i + 1;
                i = RunEnd(text, i + 1);
            }
            else if (Style == TokenizationStyle.News && c is '\'' or '\u2019' && IsLapTime(text, start, i))
            {
                // "1'27.302": minutes, seconds and thousandths of a lap time, one number as "2:00.96" is.
                segStart = i + 1;
                i = RunEnd(text, i + 1);
            }
            else if (c is '\'' or '\u2019' && CharClass.IsLetter(d) && CharClass.IsLetter(text[i - 1]))
            {
                int nextEnd = RunEnd(text, i + 1);
                // The English possessive ('s) is its own token in news style; Jum'at, Ka'bah, O'Neil stay whole.
                if (Style == TokenizationStyle.News && nextEnd - i - 1 == 1 && d is 's' or 'S') break;
                segStart = i + 1;
                i = nextEnd;
            }
            else
            {
                break;
            }
        }

        // Credit ratings keep their sign: idAA+, idA-, BBB-, A+idn.
        if (i < n && text[i] is '+' or '-' && IsRating(text.AsSpan(start, i - start)) && (i + 1 >= n || !CharClass.IsWordChar(text[i + 1]) || text.AsSpan(i + 1).StartsWith("idn", StringComparison.Ordinal)))
        {
            i++;
            if (text.AsSpan(i).StartsWith("idn", StringComparison.Ordinal)) i = RunEnd(text, i);
        }

        int end = i;
        if (domain)
        {
            return Emit(text, start, end, TokenKind.Url, tokens);
        }

        bool startsWithDigit = CharClass.IsDigit(text[start]);
        if (end < n && text[end] == '.' && !startsWithDigit && (end + 1 >= n || text[end + 1] != '.'))
        {
            var word = text.AsSpan(start, end - start);
            if (dottedParts > 0 || (Style == TokenizationStyle.News && (Abbreviations.IsAbbreviation(word) || IsClubPrefix(text, start, end) || (Abbreviations.IsInitial(word) && (FollowsName(text, tokens) || NameFollowsAfterLowerCaseWord(text, end + 1, tokens))) || IsDottedSyllable(text, start, end, tokens)
                                        || (IsEngineerAfterDiploma(word, tokens, start) && !CompanyFormEndsSentence(text, end + 1)))
                                    && !(Abbreviations.IsTitle(word) && EndsLine(text, end + 1))
                                    && !(Abbreviations.CompanyForms.Contains(word) && CompanyFormEndsSentence(text, end + 1))
                                    && !(word.Length == 1 && (OpenerFollows(text, end + 1) || OpenerFollowsInQuote(text, end + 1) || FollowsLetterLabel(tokens)
                                         || (!Abbreviations.IsTitle(word) && LowerCaseWordFollows(text, end + 1))))))
            {
                return Emit(text, start, end + 1, TokenKind.Word, tokens);
            }
        }

        if (startsWithDigit || IsOrdinal(text.AsSpan(start, end - start)))
        {
            return Emit(text, start, end, TokenKind.Number, tokens);
        }

        return dottedParts == 0 ? EmitWord(text, start, end, segStart, lastHyphen, tokens, ref names) : Emit(text, start, end, TokenKind.Word, tokens);
    }

    // A word from start to end with no dotted parts: split off its clitic (or GSD's "hamba-Ku"), else one token. segStart is
    // where its last part starts, lastHyphen the index of its last joining hyphen or -1.
    private int EmitWord(string text, int start, int end, int segStart, int lastHyphen, TokenList tokens, ref CliticNameEvidence? names)
    {
        var word = text.AsSpan(start, end - start);

        // GSD keeps "hamba-Ku", "melakukan-Nya" as one token of two words: "hamba-" and "Ku".
        if (lastHyphen > start && lastHyphen == segStart - 1 && IsBareClitic(text.AsSpan(segStart, end - segStart)))
        {
            tokens.Add(Token.CreateUnchecked(text, start, segStart, start, end, TokenKind.Word));
            tokens.Add(Token.CreateUnchecked(text, segStart, end, start, end, TokenKind.Word));
            return end;
        }

        int host = CliticSplitter.EncliticStart(word, Style);

        // A capitalised word inside a sentence ending in -ku, -mu, -kah or -lah is a name (Lukaku, Salawaku,
        // Atikah), not host + clitic; at a sentence start it is a word (Rumahku, Apakah) and splits, unless the
        // text writes it as a name inside a sentence elsewhere ("Salawaku mulai diputar ... menemani Salawaku").
        // A question or emphasis word is a name only after another part of one ("Ajeng Gandini Kamilah").
        if (host > 0 && Style == TokenizationStyle.News && char.IsUpper(word[0]) && char.IsLower(word[^1]))
        {
            bool mayBeName = CliticSplitter.MayBeName(word, host);
            bool cliticWord = !mayBeName && Abbreviations.CliticWords.Contains(word);
            if (mayBeName || cliticWord)
            {
                bool atStart = AtSentenceStart(text, tokens, start);
                if ((mayBeName && !atStart)
                    || (cliticWord && !atStart && CliticNameEvidence.EndsName(text, start))
                    || (atStart && (names ??= new()).WrittenAsNameElsewhere(text, start, end, afterNamePart: word.Length - host == 3)))
                {
                    host = -1;
                }
            }
        }

        if (host > 0)
        {
            tokens.Add(Token.CreateUnchecked(text, start, start + host, start, end, TokenKind.Word));
            tokens.Add(Token.CreateUnchecked(text, start + host, end, start, end, TokenKind.Word));
            return end;
        }

        int proclitic = CliticSplitter.ProcliticLength(word);
        if (proclitic > 0)
        {
            tokens.Add(Token.CreateUnchecked(text, start, start + proclitic, start, end, TokenKind.Word));
            tokens.Add(Token.CreateUnchecked(text, start + proclitic, end, start, end, TokenKind.Word));
            return end;
        }

        return Emit(text, start, end, TokenKind.Word, tokens);
    }

    private int ScanSymbol(string text, int start, TokenList tokens)
    {
        int n = text.Length;
        char c = text[start];
        char next = start + 1 < n ? text[start + 1] : '\0';

        // The commonest marks, a comma and a lone period, are one punctuation token each: no face, emoji, emoticon or
        // longer symbol starts with them (an ellipsis "..." does, below).
        if (c == ',' || (c == '.' && next != '.')) return Emit(text, start, start + 1, TokenKind.Punctuation, tokens);

        bool afterWord = start > 0 && CharClass.IsWordChar(text[start - 1]);

        // "(^_^)", "-_-", ">_<", "^^": a face of two eyes and a mouth is one token, as ":)" is.
        if (Style == TokenizationStyle.News && c is '(' or '^' or '-' or '>' or ';' or '=' && Kaomoji.End(text, start) is int face and > 0)
        {
            return Emit(text, start, face, TokenKind.Emoji, tokens);
        }

        switch (c)
        {
            case '#' when CharClass.IsWordChar(next) && !afterWord && Style == TokenizationStyle.News:
                return Emit(text, start, HashtagEnd(text, start + 1), TokenKind.Hashtag, tokens);
            case '@' when CharClass.IsWordChar(next) && !afterWord:
                return Emit(text, start, HandleEnd(text, start + 1), TokenKind.Mention, tokens);
            case '.' when next == '.' && Style == TokenizationStyle.News:
                return Emit(text, start, RunOf(text, start, '.'), TokenKind.Punctuation, tokens);
            case '-':
                return Emit(text, start, RunOf(text, start, '-'), TokenKind.Punctuation, tokens);
            case '&' when CharacterReferenceEnd(text, start) is int referenceEnd and > 0:
                // Web text scraped without decoding: "&amp;", "&#8220;" are one symbol; GSD keeps the letters
                // glued to it as well ("&amp;nbsp").
                if (Style == TokenizationStyle.UdGsd) referenceEnd = RunEnd(text, referenceEnd);
                return Emit(text, start, referenceEnd, TokenKind.Symbol, tokens);
            case '`' when next == '`':
            case '\'' when next == '\'':
                return Emit(text, start, start + 2, TokenKind.Punctuation, tokens);
            case '\'' or '\u2019' when next is 's' or 'S' && afterWord && (start + 2 >= n || !CharClass.IsWordChar(text[start + 2])):
                return Emit(text, start, start + 2, TokenKind.Word, tokens);
        }

        int emoji = Emoji.Scan(text, start);
        if (emoji > start) return Emit(text, start, emoji, TokenKind.Emoji, tokens);
        int emoticon = EmoticonEnd(text, start);
        if (emoticon > start) return Emit(text, start, emoticon, TokenKind.Emoji, tokens);

        if (char.IsSurrogate(c))
        {
            if (char.IsHighSurrogate(c) && char.IsLowSurrogate(next))
            {
                var kind = char.IsLetterOrDigit(text, start) ? TokenKind.Word : char.IsSymbol(text, start) ? TokenKind.Symbol : TokenKind.Other;
                return Emit(text, start, start + 2, kind, tokens);
            }

            return Emit(text, start, start + 1, TokenKind.Other, tokens);
        }

        // Unicode files the percent and per-mille signs under punctuation; UD (SYM) and readers treat them as symbols.
        var single = c is '%' or '\u2030' or '\u2031' ? TokenKind.Symbol
            : char.IsPunctuation(c) ? TokenKind.Punctuation
            : char.IsSymbol(c) ? TokenKind.Symbol
            : TokenKind.Other;
        return Emit(text, start, start + 1, single, tokens);
    }

    // The word at start opens a sentence: the text's first word, or after a line break, a sentence-final mark, or an
    // opening quote or bracket that follows one of those.
    private static bool AtSentenceStart(string text, TokenList tokens, int start)
    {
        int k = tokens.Count - 1;
        if (k >= 0 && tokens[k].Span is "\"" or "\u201C" or "\u201D" or "'" or "\u2018" or "(" or "[") k--;
        if (k < 0) return true;
        var previous = tokens[k];
        for (int i = previous.End; i < start; i++)
        {
            if (CharClass.IsLineBreak(text[i])) return true;
        }

        // A title or an initial with its period opens no sentence: "drg. Djamilah", "Romelu R. Lukaku".
        if (previous.Span.Length > 1 && previous.Span[^1] == '.' && (Abbreviations.IsTitle(previous.Span[..^1]) || Abbreviations.IsInitial(previous.Span[..^1]))) return false;
        return previous.Span is "." or "!" or "?" or "\u2026" or "..." or ":" || previous.Span[^1] == '.';
    }

    // A name written as dotted syllables, "Si. Se. Sa" (a fashion label): a capital and a lower-case letter with a period,
    // then one space and another such syllable with its period ("Si." before "Se."), or after one such syllable, a last
    // syllable with no period ("Se." before "Sa,"). Before a word that opens sentences the last one's period ends the
    // sentence ("brand Si. Se. Sa. Di hari pertama ...").
    private static bool IsDottedSyllable(string text, int start, int end, TokenList tokens)
    {
        if (!IsSyllable(text, start, end) || end + 2 >= text.Length || text[end + 1] != ' ') return false;
        int next = end + 2;
        int nextEnd = next;
        while (nextEnd < text.Length && char.IsLetter(text[nextEnd])) nextEnd++;
        if (!IsSyllable(text, next, nextEnd)) return false;
        if (nextEnd < text.Length && text[nextEnd] == '.') return true;
        if (tokens.Count == 0 || (nextEnd < text.Length && CharClass.IsWordChar(text[nextEnd]))) return false;
        var previous = tokens[tokens.Count - 1];
        return previous.Length == 3 && previous.End + 1 == start && previous.Span[2] == '.' && IsSyllable(text, previous.Start, previous.End - 1)
            && !Segmentation.SentenceOpeners.Contains(text.AsSpan(next, nextEnd - next));
    }

    // The German engineer's diploma, "Dipl. Ing." after a name: "Ing" is the degree's second part right after "Dipl."
    // ("Tsai Ing - wen" is a name). Its period ends the sentence only where a company form's would.
    private static bool IsEngineerAfterDiploma(ReadOnlySpan<char> word, TokenList tokens, int start)
        => word is "Ing" && tokens.Count > 0 && tokens[tokens.Count - 1].Span is "Dipl." && tokens[tokens.Count - 1].End + 1 == start;

    // A capital and one lower-case ASCII letter: "Si", "Se".
    private static bool IsSyllable(string text, int start, int end)
        => end - start == 2 && char.IsAsciiLetterUpper(text[start]) && char.IsAsciiLetterLower(text[start + 1]);

    // "Grup H." is the group's letter, not the title Haji: the period stays a token of its own.
    private static bool FollowsLetterLabel(TokenList tokens)
        => tokens.Count > 0 && Abbreviations.LetterLabels.Contains(tokens[tokens.Count - 1].Span);

    // An initial follows a name ("Joko P."); after a lower-case word it is a letter or numeral ending a sentence
    // ("kuartal I."), and so after a word that takes a letter as its label ("Serie A.", "Grup G.").
    private static bool FollowsName(string text, TokenList tokens)
    {
        if (tokens.Count == 0) return true;
        var previous = tokens[tokens.Count - 1];
        return previous.Kind == TokenKind.Word && CharClass.IsUpper(text[previous.Start]) && !Abbreviations.LetterLabels.Contains(previous.Span);
    }

    // Where a clock time glued to a capitalised word starts ("Jakarta18.00", "Salatiga20.00" before " - 22.00 WIB"), or
    // 0: the run from start to runEnd is a capital, two or more lower-case letters and an hour of one or two digits
    // (at most 24), and a period or colon with two digits of minutes (at most 59) closes it. Codes and models keep their
    // digits ("Galaxy S8", "Core i7-7500U", "B2-1": no lower-case run before the digits, or no minutes after them).
    private static int GluedTimeStart(string text, int start, int runEnd)
    {
        if (runEnd + 3 > text.Length || text[runEnd] is not ('.' or ':') || !char.IsAsciiLetterUpper(text[start])) return 0;
        int digits = start + 1;
        while (digits < runEnd && char.IsAsciiLetterLower(text[digits])) digits++;
        if (digits - start < 3 || runEnd - digits is < 1 or > 2) return 0;
        for (int k = digits; k < runEnd; k++)
        {
            if (!char.IsAsciiDigit(text[k])) return 0;
        }

        int hour = int.Parse(text.AsSpan(digits, runEnd - digits), System.Globalization.CultureInfo.InvariantCulture);
        if (hour > 24 || !char.IsAsciiDigit(text[runEnd + 1]) || !char.IsAsciiDigit(text[runEnd + 2])) return 0;
        int minutes = ((text[runEnd + 1] - '0') * 10) + (text[runEnd + 2] - '0');
        if (minutes > 59 || (runEnd + 3 < text.Length && CharClass.IsWordChar(text[runEnd + 3]))) return 0;
        return digits;
    }

    // The end of a text emoticon at start (":)", ":-(", ";D", ":p", ":)))"), or 0: the emoji of comments written
    // before emoji, one token rather than a colon and a bracket. A letter must end the word (":Dia" is no emoticon)
    // and a bracket may not open a number (":(1)" is a colon and a list item).
    private static int EmoticonEnd(string text, int start)
    {
        if (text[start] is not (':' or ';' or '=')) return 0;
        int k = start + 1;
        if (k < text.Length && text[k] == '-') k++;
        if (k >= text.Length) return 0;
        char mouth = text[k];
        if (mouth is ')' or '(')
        {
            k = RunOf(text, k, mouth);
            return k < text.Length && CharClass.IsWordChar(text[k]) ? 0 : k;
        }

        if (mouth is 'D' or 'P' or 'p' && (k + 1 >= text.Length || !CharClass.IsWordChar(text[k + 1]))) return k + 1;
        return 0;
    }

    // The end of an HTML character reference starting at '&' ("&amp;", "&#8220;", "&#x201C;"), or 0.
    private static int CharacterReferenceEnd(string text, int start)
    {
        const int longestName = 10;
        int k = start + 1;
        int limit = Math.Min(text.Length, start + 2 + longestName);
        bool numeric = k < text.Length && text[k] == '#';
        if (numeric)
        {
            k++;
            if (k < text.Length && text[k] is 'x' or 'X') k++;
        }

        int nameStart = k;
        while (k < limit && char.IsAsciiLetterOrDigit(text[k])) k++;
        return k > nameStart && k < text.Length && text[k] == ';' ? k + 1 : 0;
    }

    // A rating grade: one to three of A-D, optionally after Pefindo's "id" prefix (idAA, idBBB, AAA).
    private static bool IsRating(ReadOnlySpan<char> word)
    {
        if (word.StartsWith("id", StringComparison.Ordinal)) word = word[2..];
        if (word.Length is 0 or > 3) return false;
        foreach (char c in word)
        {
            if (c is < 'A' or > 'D') return false;
        }

        return true;
    }

    // A national rating's sign spelled out before its scale, "AA minus/idn" (as "AA-idn" is written): one token, as UD CSUI
    // has it, not two words and a slash.
    private static bool IsSpelledRatingSign(ReadOnlySpan<char> left, ReadOnlySpan<char> right)
        => right is "idn" && left is "minus" or "plus";

    private static bool IsBareClitic(ReadOnlySpan<char> part)
        => part.Equals("nya", StringComparison.OrdinalIgnoreCase) || part.Equals("ku", StringComparison.OrdinalIgnoreCase) || part.Equals("mu", StringComparison.OrdinalIgnoreCase);

    // News style: whether the hyphen between two runs joins them into one token (UD GSD always joins).
    private static bool JoinHyphen(ReadOnlySpan<char> left, ReadOnlySpan<char> right, char after)
    {
        // Ranges of numbers: "5-10", "2007-2009". A model code whose part before the hyphen holds a letter is one
        // token: "Core i7-7500U", "Intel Atom x7-8700", "Core m3-7Y30", "Paket B2-1".
        if (CharClass.IsDigit(left[^1]) && CharClass.IsDigit(right[0]) && !CharClass.HasLetter(left)) return false;

        // "APBD-nya": a clitic after a hyphen is a token of its own.
        if (!CharClass.IsWordChar(after) && IsBareClitic(right)) return false;

        // A line-up's shirt number before a name ("26-Stephan Lichtsteiner", "9-Gonzalo Higuain") is a number, a
        // hyphen and the name, so that the name is found; a date's month ("03-Oct") and "1960-an" stay whole.
        if (CharClass.IsDigits(left) && IsCapitalisedWord(right) && !IsEnglishMonth(right)) return false;

        // A range of money whose upper end writes its currency again: "Rp 30-Rp 35 ribu" is 30, a hyphen and "Rp".
        if (CharClass.IsDigits(left) && right.Length >= 2 && right[..2].Equals("Rp", StringComparison.OrdinalIgnoreCase) && (right.Length == 2 || CharClass.IsDigits(right[2..]))) return false;

        // A range of dates: "15 April-14 Mei 2007" is "15 April", a hyphen and "14 Mei", not a code like "Mobile-8".
        if (right.Length <= 2 && CharClass.IsDigits(right) && IsIndonesianMonth(left)) return false;

        // Two names joined by a hyphen ("Januari-September", "Bapepam-LK", "Jawa-Bali") are three tokens;
        // reduplications ("Undang-Undang") and "APBN-P", "Al-Qaeda" stay whole.
        if (CharClass.IsUpper(left[0]) && CharClass.IsUpper(right[0]) && right.Length >= 2 && IsLettersOnly(right) && IsLettersOnly(left)
            && !left.Equals(right, StringComparison.OrdinalIgnoreCase) && !IsArabicArticle(left)
            && !right.StartsWith(left, StringComparison.OrdinalIgnoreCase)) // Obat-Obatan: a reduplication with a suffix
        {
            return false;
        }

        return true;
    }

    // A capital and then at least two lower-case letters: a name, not a code such as "F-16" or "4G".
    private static bool IsCapitalisedWord(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || !char.IsUpper(word[0])) return false;
        foreach (char c in word[1..])
        {
            if (!char.IsLower(c)) return false;
        }

        return true;
    }

    // The three-letter English months that spreadsheet dates write after the day ("17-Mar", "23-Aug").
    private static bool IsEnglishMonth(ReadOnlySpan<char> word)
        => word is "Jan" or "Feb" or "Mar" or "Apr" or "May" or "Jun" or "Jul" or "Aug" or "Sep" or "Oct" or "Nov" or "Dec";

    private static bool IsIndonesianMonth(ReadOnlySpan<char> word)
        => word is "Januari" or "Februari" or "Maret" or "April" or "Mei" or "Juni" or "Juli" or "Agustus" or "September" or "Oktober" or "November" or "Desember";

    private static bool IsArabicArticle(ReadOnlySpan<char> word)
        => word is "Al" or "El" or "Ad" or "Ar" or "As" or "At" or "Az" or "An" or "Asy" or "Ash" or "Ath" or "Abu" or "Bin" or "Ibn" or "Ibnu";

    // A capital letter after a lower-case word is a letter or numeral ("kuartal I.", "vitamin C.") unless a name goes on
    // after it: "dikemudikan M. Darus Jaelani", "wasit P. Gil meniup", "gol N. Thanabalan"; so after a comma or a hyphen
    // in a list of names ("Mangkualam, M. Arfan,", a line-up's "7-M. Ngamaleu"). A name is a capitalised word that is no
    // sentence opener and no word that news writes in lower case ("hepatitis B. Vaksin ..." ends a sentence).
    private static bool NameFollowsAfterLowerCaseWord(string text, int from, TokenList tokens)
    {
        if (tokens.Count == 0) return false;
        var previous = tokens[tokens.Count - 1];
        if (!(previous.Kind == TokenKind.Word && IsLowerWord(previous.Span)) && !(previous.Span is "," or "-" && tokens.Count > 1)
            && !(previous.Span is ":" && tokens.Count > 1 && CreditLabels.Contains(tokens[tokens.Count - 2].Span))
            && !FollowsLineListNumber(text, tokens)) return false;
        var word = WordAfterSpaces(text, from);
        return word.Length >= 2 && char.IsUpper(word[0]) && IsLowerWord(word[1..])
            && !Segmentation.SentenceOpeners.Contains(word) && !Segmentation.NewsLowerCaseWords.ContainsCapitalised(word);
    }

    // "PS." (persatuan sepak bola) before a club's short form in capitals after one space: "Tim PS. TNI dikenakan sanksi
    // denda ...", "Pemain PS. TNI Sdr. Manahati Lestusen ...". The period is the prefix's, so no sentence ends there;
    // before a capitalised word it ends one ("kirim chat di PS. Saya akan balas").
    private static bool IsClubPrefix(string text, int start, int period)
    {
        if (period - start != 2 || text[start] != 'P' || text[start + 1] != 'S' || period + 2 >= text.Length || text[period + 1] != ' ') return false;
        int k = period + 2;
        while (k < text.Length && char.IsAsciiLetterUpper(text[k])) k++;
        return k - (period + 2) >= 2 && (k == text.Length || !CharClass.IsWordChar(text[k]));
    }

    // The last tokens are a list number that opens its line and its period, a space before the letter: "6. M. Hanief Arie
    // Setyanto, mantan deputi ..." in a numbered list of people (one or two digits, as ListMarkers reads list numbers).
    private static bool FollowsLineListNumber(string text, TokenList tokens)
    {
        if (tokens.Count < 2) return false;
        var period = tokens[tokens.Count - 1];
        var number = tokens[tokens.Count - 2];
        if (period.Span is not "." || number.Kind != TokenKind.Number || number.End != period.Start || number.Length > 2) return false;
        if (!CharClass.IsDigits(number.Span) || period.End >= text.Length || text[period.End] != ' ') return false;
        return tokens.Count == 2 || CharClass.HasLineBreak(text, tokens[tokens.Count - 3].End, number.Start);
    }

    // The labels of a byline or photo credit before a colon: the name after it may open with an initial ("Reporter: M.
    // Yazid", "Editor: A. Rahman"). After other colons a capital letter with a period labels an item of a list
    // ("berikut: A. Calon penumpang ..."), so only these count.
    private static readonly WordSet CreditLabels = new WordSet(
    [
        "Reporter", "Penulis", "Editor", "Pewarta", "Wartawan", "Fotografer", "Foto", "Kontributor", "Redaktur", "Penyunting",
    ], ignoreCase: true);

    // A single letter's period before a word that opens sentences ends one: "tepat pada hari H. Padahal, ...",
    // "tokoh Profesor X. Apalagi ..." (H is also the title Haji). No initial or title goes on with such a word.
    private static bool OpenerFollows(string text, int from)
    {
        var word = WordAfterSpaces(text, from);
        return !word.IsEmpty && Segmentation.SentenceOpeners.Contains(word);
    }

    // A single letter's period before a quotation that opens with such a word ends a sentence too: "dengan menggunakan
    // Galaxy A. "Saya senang ..."" (SentenceSplitter reads it the same way).
    private static bool OpenerFollowsInQuote(string text, int from)
    {
        int k = from;
        while (k < text.Length && text[k] == ' ') k++;
        if (k == from || k + 1 >= text.Length || text[k] is not ('"' or '\u201C')) return false;
        var word = WordAfterSpaces(text, k + 1, spaceNeeded: false);
        return !word.IsEmpty && Segmentation.SentenceOpeners.Contains(word);
    }

    // A letter's period before a capitalised word that news writes in lower case ends a sentence: "mobil baru Model X.
    // Pihak Tesla ...", "Logitech G. Aset Astro Gaming ..."; a surname goes on with the initial ("Gatot S. Dewa Broto").
    // Not after H, which is also the title Haji ("Rumah Makan ... Betawi H. Masa").
    private static bool LowerCaseWordFollows(string text, int from)
    {
        var word = WordAfterSpaces(text, from);
        return !word.IsEmpty && Segmentation.NewsLowerCaseWords.ContainsCapitalised(word);
    }

    // The word of letters only after one or more spaces at from ("H. Padahal" gives "Padahal"); empty where no space comes
    // first (when spaceNeeded) or the word goes on with a digit or hyphen.
    private static ReadOnlySpan<char> WordAfterSpaces(string text, int from, bool spaceNeeded = true)
    {
        int k = from;
        while (k < text.Length && text[k] == ' ') k++;
        if (k == from && spaceNeeded) return default;
        int wordEnd = k;
        while (wordEnd < text.Length && char.IsLetter(text[wordEnd])) wordEnd++;
        if (wordEnd < text.Length && (char.IsLetterOrDigit(text[wordEnd]) || text[wordEnd] == '-')) return default;
        return text.AsSpan(k, wordEnd - k);
    }

    // A company form's period that also ends the sentence is the sentence's own token, as UD CSUI has it ("dan Nippon
    // Steel Corp ." before "Rencana akuisisi ..."): at the end of a line or of the text ("PT Semen Indonesia Tbk.\n"),
    // or before the words after which the sentence splitter ends a sentence there (SentenceSplitter.CompanyFormEndsSentence).
    private static bool CompanyFormEndsSentence(string text, int from)
        => EndsLine(text, from) || OpenerFollows(text, from) || LowerCaseWordFollows(text, from);

    // A title stands before a name: at the end of a line or of the text ("milik PT.") its period ends the sentence.
    private static bool EndsLine(string text, int from)
    {
        int k = from;
        while (k < text.Length && text[k] is ' ' or '\t') k++;
        return k == text.Length || CharClass.IsLineBreak(text[k]);
    }

    // "ke-5", "ke-27": ordinals are numbers.
    private static bool IsOrdinal(ReadOnlySpan<char> word)
        => word.Length > 3 && word[0] is 'k' or 'K' && word[1] is 'e' or 'E' && word[2] == '-' && CharClass.IsDigit(word[3]);

    // Case-insensitive: datelines write the outlet in capitals (JUARA.NET, DETIK.COM).
    private static bool IsTopLevelDomain(ReadOnlySpan<char> part)
    {
        if (part.Length is 0 or > 4) return false;

        // All lower case or all capitals: "S.Or." (a degree) and "Indonesia.In" (a missing space) are no domains.
        bool anyUpper = false, anyLower = false;
        foreach (char c in part)
        {
            anyUpper |= char.IsUpper(c);
            anyLower |= char.IsLower(c);
        }

        if (anyUpper && anyLower) return false;
        Span<char> lower = stackalloc char[4];
        int n = part.ToLowerInvariant(lower);
        return lower[..n] is "com" or "id" or "net" or "org" or "co" or "go" or "ac" or "or" or "sch" or "info" or "biz" or "tv" or "io" or "news" or "gov" or "edu" or "uk" or "us" or "my" or "sg" or "web" or "in" or "ai";
    }

    // A site named by a number ("99.co" in IndoSum, where "99." ended a sentence before "co"): only common domains
    // in lower case, so that a number before a missing space ("2017.Pertandingan", "811.Angka", "8.x") stays apart.
    private static bool IsNumberedSiteDomain(ReadOnlySpan<char> part)
        => part is "co" or "com" or "id" or "net" or "org" or "io" or "ai";

    // Whether lower-case labels from the period at dot on end in a top-level domain: ".twitter.com" after "mobile".
    private static bool SubdomainsEndInDomain(string text, int dot)
    {
        for (int labels = 0; labels < 4 && dot + 1 < text.Length && text[dot] == '.' && CharClass.IsLetter(text[dot + 1]); labels++)
        {
            int end = RunEnd(text, dot + 1);
            var label = text.AsSpan(dot + 1, end - dot - 1);
            if (labels > 0 && (end >= text.Length || !CharClass.IsWordChar(text[end])) && (end >= text.Length || text[end] != '.' || end + 1 >= text.Length || !CharClass.IsLetter(text[end + 1])))
            {
                return IsTopLevelDomain(label);
            }

            if (!IsLowerHostLabel(label)) return false;
            dot = end;
        }

        return false;
    }

    private static bool IsLowerHostLabel(ReadOnlySpan<char> label)
    {
        foreach (char c in label)
        {
            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c)) return false;
        }

        return !label.IsEmpty;
    }

    // The end of the run of word characters (CharClass.IsWordChar) from i. ASCII letters and digits, nearly all of any
    // run, are skipped by a vectorised search; a character outside them that is still a word character (é, ²) goes on
    // with the run.
    private static int RunEnd(string text, int i)
    {
        while (true)
        {
            int k = text.AsSpan(i).IndexOfAnyExcept(AsciiLettersAndDigits);
            if (k < 0) return text.Length;
            i += k;
            char c = text[i];
            if (c < 128 || !CharClass.IsWordChar(c)) return i;
            i++;
        }
    }

    private static readonly SearchValues<char> AsciiLettersAndDigits = SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static int RunOf(string text, int i, char c)
    {
        while (i < text.Length && text[i] == c) i++;
        return i;
    }

    // Instagram names hold periods between their parts ("@massy.arias", "@chicco.jerikho"); a period before a capital,
    // a space or the end of the text is the sentence's ("ikuti @detikcom. Dia ...").
    private static int HandleEnd(string text, int i)
    {
        while (i < text.Length)
        {
            char c = text[i];
            if (CharClass.IsWordChar(c) || c == '_') i++;
            else if (c == '.' && i + 1 < text.Length && (char.IsAsciiLetterLower(text[i + 1]) || char.IsAsciiDigit(text[i + 1])) && CharClass.IsWordChar(text[i - 1])) i++;
            else break;
        }

        return i;
    }

    // A hashtag keeps a censored word whole, as a word does ("#bang**t", "#SM*SH"): masked letters between letters.
    private static int HashtagEnd(string text, int i)
    {
        i = HandleEnd(text, i);
        while (i < text.Length && text[i] == '*' && CharClass.IsLetter(text[i - 1]) && RunOf(text, i, '*') is int masked && masked < text.Length && CharClass.IsLetter(text[masked]))
        {
            i = HandleEnd(text, masked);
        }

        return i;
    }

    private static bool IsLettersOnly(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (!CharClass.IsLetter(c)) return false;
        }

        return !s.IsEmpty;
    }

    // One to five capitals: the office part of a letter's or regulation's number ("PJ", "PMK").
    private static bool IsCapitalsCode(ReadOnlySpan<char> s) => s.Length is > 0 and <= 5 && !s.ContainsAnyExceptInRange('A', 'Z');

    // A slash at end, or after one space: the number's next part ("PJ.051 / 2016", "PJ.051/2016").
    private static bool SlashFollows(string text, int end)
        => (end < text.Length && text[end] == '/') || (end + 1 < text.Length && text[end] == ' ' && text[end + 1] == '/');

    // A number as amounts are written: digits, with dots and commas between them ("6.800", "1,5").
    private static bool IsAmount(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty || !CharClass.IsDigit(s[0]) || !CharClass.IsDigit(s[^1])) return false;
        foreach (char c in s)
        {
            if (!CharClass.IsDigit(c) && c is not ('.' or ',')) return false;
        }

        return true;
    }

    private static bool IsLowerWord(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (!char.IsLower(c)) return false;
        }

        return !s.IsEmpty;
    }

    // True when a code goes on after a part that ends at end: another slash, a hyphen or a dot before a letter or digit.
    private static bool RunsOn(string text, int end)
        => end + 1 < text.Length && text[end] is '/' or '-' or '.' && CharClass.IsWordChar(text[end + 1]);

    // One or two digits from start to the mark at quote, then two digits and a decimal point or comma before a digit.
    private static bool IsLapTime(string text, int start, int quote)
    {
        if (quote - start is < 1 or > 2 || !CharClass.IsDigits(text.AsSpan(start, quote - start)) || quote + 4 >= text.Length) return false;
        return CharClass.IsDigit(text[quote + 1]) && CharClass.IsDigit(text[quote + 2]) && text[quote + 3] is '.' or ','
            && CharClass.IsDigit(text[quote + 4]);
    }

    // Where "http" or "https" starts at the end of the run [start, end) when "://" follows the run and a lower-case
    // letter comes before it inside the run; otherwise 0.
    private static int GluedUrlStart(string text, int start, int end)
    {
        if (end + 2 >= text.Length || text[end] != ':' || text[end + 1] != '/' || text[end + 2] != '/') return 0;
        var run = text.AsSpan(start, end - start);
        int scheme = run.EndsWith("https", StringComparison.OrdinalIgnoreCase) ? 5 : run.EndsWith("http", StringComparison.OrdinalIgnoreCase) ? 4 : 0;
        if (scheme == 0 || run.Length <= scheme || !char.IsLower(run[^(scheme + 1)])) return 0;
        return end - scheme;
    }

    private static bool StartsUrl(string text, int i)
    {
        var rest = text.AsSpan(i);
        return rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase)
            || (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && rest.Length > 4 && CharClass.IsWordChar(rest[4]));
    }

    // A URL runs to white space; closing punctuation at its end belongs to the sentence, unless it closes
    // a bracket opened inside the URL (wikipedia links).
    private static int ScanUrl(string text, int start)
    {
        int i = start;
        int open = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (CharClass.IsSeparator(c) || c is '"' or '<' or '>' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB') break;
            if (c == '(') open++;
            i++;
        }

        while (i > start + 1)
        {
            char last = text[i - 1];
            if (last == ')' && open > 0)
            {
                break;
            }

            if (last is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '\'' or '\u2019') i--;
            else break;
        }

        return i;
    }

    // An e-mail address starting at start, or 0. checkedTo says up to where no other start can begin one.
    private static int ScanEmail(string text, int start, out int checkedTo)
    {
        int i = start;
        while (i < text.Length && (IsAsciiAlnum(text[i]) || text[i] is '.' or '_' or '%' or '+' or '-')) i++;
        checkedTo = i;
        if (i >= text.Length || text[i] != '@' || i == start) return 0;
        int j = i + 1;
        while (j < text.Length && (IsAsciiAlnum(text[j]) || text[j] is '.' or '-')) j++;

        // A sentence's final period is not part of the domain ("... humas@jabarprov.go.id.").
        while (j > i + 1 && text[j - 1] is '.' or '-') j--;
        int lastDot = text.LastIndexOf('.', j - 1, j - 1 - i);
        if (lastDot >= j - 1 || lastDot <= i + 1) return 0;
        checkedTo = j;
        return j;
    }

    private static bool IsAsciiAlnum(char c) => char.IsAsciiLetterOrDigit(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Emit(string text, int start, int end, TokenKind kind, TokenList tokens)
    {
        tokens.Add(Token.CreateUnchecked(text, start, end, start, end, kind));
        return end;
    }
}
