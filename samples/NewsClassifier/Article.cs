namespace NewsClassifier;

/// <summary>One IndoSum article as the classifier sees it.</summary>
public sealed class Article
{
    public string Text { get; set; } = string.Empty;

    public string Category { get; set; } = string.Empty;
}
