using IndoNews.NLP.Entities;
using IndoNews.NLP.Segmentation;
using IndoNews.NLP.Tokenization;

namespace IndoNews.NLP.Tests.Entities;

/// <summary>Documents for testing one entity rule alone, without the tagger: the default tokens and sentences, and the
/// entities a test gives.</summary>
internal static class RuleDocuments
{
    /// <summary>A builder over <paramref name="text"/> with the default tokens and sentences and the given organisations
    /// (their text and start), which must come in text order and cover whole tokens.</summary>
    public static DocumentBuilder WithOrganizations(string text, params (string Name, int Start)[] organizations)
        => WithEntities(text, [.. organizations.Select(o => (o.Name, o.Start, EntityLabels.Organization))]);

    /// <summary>A builder over <paramref name="text"/> with the default tokens and sentences and the given entities
    /// (their text, start and label), which must come in text order and cover whole tokens.</summary>
    public static DocumentBuilder WithEntities(string text, params (string Name, int Start, string Label)[] entities)
    {
        var doc = new DocumentBuilder(text);
        NewsTokenizer.Default.Tokenize(text, doc.Tokens);
        SentenceSplitter.Default.Split(text, doc.Tokens.AsSpan(), doc.Sentences);
        var tokens = doc.Tokens.AsSpan();
        int t = 0;
        foreach (var (name, start, label) in entities)
        {
            Assert.Equal(name, text.Substring(start, name.Length));
            while (tokens[t].Start < start) t++;
            int end = t;
            while (tokens[end].End < start + name.Length) end++;
            doc.Entities.Add(new Entity(name, label, start, start + name.Length) { TokenStart = t, TokenEnd = end + 1 });
        }

        return doc;
    }
}
