namespace IndoNews.NLP.Tests.News;

/// <summary>
/// A test stand-in for the PER/LOC/ORG tagger: tags every whole-word occurrence of the listed names,
/// longest name first, without overlap. Lets the news stage be tested before (and independently of) the real tagger.
/// </summary>
internal sealed class NameListRecognizer(params (string Name, string Label)[] names) : IEntityRecognizer
{
    private readonly (string Name, string Label)[] _names = [.. names.OrderByDescending(n => n.Name.Length)];

    public void Recognize(DocumentBuilder document)
    {
        string text = document.Text;
        var taken = new bool[text.Length];
        foreach (var (name, label) in _names)
        {
            for (int at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                int end = at + name.Length;
                bool wordStart = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
                bool wordEnd = end == text.Length || !char.IsLetterOrDigit(text[end]);
                if (!wordStart || !wordEnd || taken.AsSpan(at, name.Length).Contains(true)) continue;
                taken.AsSpan(at, name.Length).Fill(true);
                document.Entities.Add(new Entity(name, label, at, end));
            }
        }
    }
}
