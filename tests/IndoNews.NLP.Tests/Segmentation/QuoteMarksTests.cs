using IndoNews.NLP.Segmentation;
using IndoNews.NLP.Tokenization;

namespace IndoNews.NLP.Tests.Segmentation;

public class QuoteMarksTests
{
    // Whether each double quotation mark of the text opens a quotation, reading left to right.
    private static bool[] Opens(string text)
    {
        var tokens = new TokenList();
        new NewsTokenizer().Tokenize(text, tokens);
        var result = new List<bool>();
        bool inQuote = false;
        foreach (var token in tokens.AsSpan())
        {
            if (token.Span is not ("\"" or "\u201C" or "\u201D")) continue;
            inQuote = QuoteMarks.Opens(text, token, inQuote);
            result.Add(inQuote);
        }

        return [.. result];
    }

    [Fact]
    public void ARightQuoteOpensBeforeTheQuotedWordsAndClosesAfterThem()
    {
        // IndoSum writes the right quote at both ends of a quotation.
        Assert.Equal([true, false], Opens("” Betul, saya bisa cetak gol,” kata Maitimo."));
        Assert.Equal([true, false], Opens("Wenger melanjutkan:” Semuanya terlihat oke, ya.”"));
        Assert.Equal([true, false], Opens("Hendrik “Acheo” Lyanto mengatakan, masyarakat Poso sudah dewasa."));
        Assert.Equal([false], Opens("tetapi kurang tenang sedikit,” tuturnya."));
        Assert.Equal([false], Opens("\"Data terakhir yang saya terima,\" imbuh dia."[1..]));
    }

    [Fact]
    public void ALeftQuoteBeforePunctuationCloses()
    {
        // IndoSum: a straight quote opened the quotation, a left quote closed it.
        Assert.Equal([true, false], Opens("mempertahankan perdagangan dengan Eropa \"tanpa adanya gesekan “."));
        Assert.Equal([true], Opens("“...Saya tidak tahu."));
    }
}
