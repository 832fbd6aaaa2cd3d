using IndoNews.NLP.Stopwords;

namespace IndoNews.NLP.News;

/// <summary>
/// Ends a read-also link at its headline where a scraper ran it into the next sentence on one line:
/// <c>Baca juga: Patung Gundam Raksasa di Jepang Dibongkar Untuk memberikan sensasi ...</c> becomes
/// <c>Baca juga: Patung Gundam Raksasa di Jepang Dibongkar</c> | <c>Untuk memberikan sensasi ...</c>.
/// </summary>
/// <remarks>
/// The headline has no final period, so the only sign of its end is the change from title case to running text.
/// The sentence is taken to start at a capitalised stopword (<c>Untuk</c>, <c>Semua</c>, <c>Selain</c>) right
/// before the first lower-case word that is no preposition or conjunction (<c>Untuk memberikan</c>,
/// <c>Selain itu</c>). A title-case headline writes only prepositions and conjunctions in lower case, so that
/// pair does not occur inside one. Where the sentence
/// opens with a name (<c>Kementerian Komunikasi dan Informatika memberi ...</c>) there is no such sign and
/// nothing is split.
/// </remarks>
internal static class ReadAlsoHeadlines
{
    // The label and its colon come within this many tokens ("Baca juga :", "SIMAK JUGA :").
    private const int MaxLabelTokens = 4;

    // What a title-case headline writes in lower case: prepositions and conjunctions ("... Beraksi di PlayStation 4").
    // In the read-also headlines of the first 1,500 IndoSum articles every lower-case word is one of these.
    private static bool IsHeadlineLowerCase(ReadOnlySpan<char> word) => word is "di" or "ke" or "dari" or "dan" or "yang"
        or "untuk" or "dengan" or "pada" or "dalam" or "atau" or "oleh" or "atas" or "bagi" or "tentang" or "terhadap"
        or "kepada" or "daripada" or "sejak" or "hingga" or "sampai" or "saat" or "usai" or "jelang" or "soal" or "asal"
        or "ketimbang" or "karena" or "apabila" or "jika" or "serta" or "tapi" or "tetapi" or "namun" or "seperti"
        or "sebagai" or "antara" or "menuju" or "demi" or "per" or "vs" or "versus" or "si" or "sang" or "para" or "the"
        or "of" or "and" or "in" or "on" or "for" or "to" or "at";

    public static void Split(string text, ReadOnlySpan<Token> tokens, List<Sentence> sentences)
    {
        // The sentences are copied into a new list from the first split on: inserting each split into the list
        // moved all later sentences, quadratic in a page of many read-also links.
        List<Sentence>? result = null;
        for (int s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            int start = FollowingSentenceStart(text, tokens, sentence);
            if (start < 0)
            {
                result?.Add(sentence);
                continue;
            }

            if (result is null)
            {
                result = new List<Sentence>(sentences.Count + 16);
                result.AddRange(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(sentences)[..s]);
            }

            // The sentence after the headline is looked at again, as the next sentence of the list would be.
            while (start >= 0)
            {
                result.Add(new Sentence(sentence.Start, tokens[start - 1].End, sentence.TokenStart, start));
                sentence = new Sentence(tokens[start].Start, sentence.End, start, sentence.TokenEnd);
                start = FollowingSentenceStart(text, tokens, sentence);
            }

            result.Add(sentence);
        }

        if (result is null) return;
        sentences.Clear();
        sentences.AddRange(result);
    }

    // The token where the sentence after the headline starts, or -1.
    private static int FollowingSentenceStart(string text, ReadOnlySpan<Token> tokens, Sentence sentence)
    {
        int first = sentence.TokenStart;
        if (sentence.TokenCount < 4 || !BoilerplateClassifier.StartsWithReadAlso(text.AsSpan(sentence.Start, sentence.Length))) return -1;
        int colon = -1;
        for (int k = first + 1; k < sentence.TokenEnd && k <= first + MaxLabelTokens; k++)
        {
            if (tokens[k].Span is ":")
            {
                colon = k;
                break;
            }
        }

        if (colon < 0) return -1;
        for (int k = colon + 2; k < sentence.TokenEnd; k++)
        {
            if (Tokenization.CharClass.HasLineBreak(text, tokens[k - 1].End, tokens[k].Start)) return -1;
            var word = tokens[k].Span;
            if (tokens[k].Kind != TokenKind.Word || !IsLowerCase(word) || IsHeadlineLowerCase(word)) continue;

            // The first lower-case word a headline would capitalise: the sentence starts right before it, or the
            // headline is in sentence case ("Amerika Serikat diamuk badai salju").
            var before = tokens[k - 1];
            bool opener = k - 1 > colon + 1 && before.Kind == TokenKind.Word && char.IsUpper(before.Span[0]) && IsLowerCase(before.Span[1..])
                && IsStopword(before.Span);
            return opener ? k - 1 : -1;
        }

        return -1;
    }

    private static bool IsStopword(ReadOnlySpan<char> word) => IndonesianStopwords.Default.Contains(word);

    private static bool IsLowerCase(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return false;
        foreach (char c in word)
        {
            if (!char.IsLower(c) && c != '-') return false;
        }

        return true;
    }

}
