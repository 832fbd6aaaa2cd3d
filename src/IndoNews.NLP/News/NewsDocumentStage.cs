namespace IndoNews.NLP.News;

/// <summary>
/// The news-document stage: paragraphs (hard-wrapped lines joined), duplicate paragraphs, boilerplate, the
/// dateline, sentences aligned with paragraphs (and a read-also headline run into the next sentence ended), and entity clusters. Runs after the entity recognizers and
/// never changes the text: every span is an offset into the original.
/// </summary>
/// <remarks>
/// <list type="table">
/// <listheader><term>Output</term><description>Meaning</description></listheader>
/// <item><term><see cref="Document.Paragraphs"/></term><description>blank lines and indentation separate paragraphs; wrapped lines do not</description></item>
/// <item><term><see cref="Paragraph.DuplicateOf"/></term><description>the earlier paragraph with the same words</description></item>
/// <item><term><see cref="Paragraph.IsBoilerplate"/></term><description>source lines, <c>Baca juga:</c>, comment and share widgets, copyright, closing initials</description></item>
/// <item><term><see cref="Document.Dateline"/></term><description><c>MOSKOW -</c>, <c>Jakarta (ANTARA News) -</c>; the place of a dateline with an outlet is a location (<see cref="DatelinePlaces"/>), and a known outlet at the head is an organisation (<c>Rimanews -</c>; <see cref="DatelineOutlets"/>)</description></item>
/// <item><term><see cref="Document.Clusters"/></term><description>mentions of one entity outside duplicate and boilerplate paragraphs, with a canonical name</description></item>
/// </list>
/// Thread-safe: the stage holds only immutable options.
/// </remarks>
public sealed class NewsDocumentStage : IPipelineStage
{
    /// <summary>Creates the stage.</summary>
    /// <param name="options">Settings, or null for <see cref="NewsDocumentOptions.Default"/>.</param>
    public NewsDocumentStage(NewsDocumentOptions? options = null)
    {
        Options = options ?? NewsDocumentOptions.Default;
    }

    /// <summary>The stage with default settings.</summary>
    public static NewsDocumentStage Default { get; } = new();

    /// <summary>The settings.</summary>
    public NewsDocumentOptions Options { get; }

    /// <inheritdoc />
    public void Process(DocumentBuilder document)
    {
        ArgumentNullException.ThrowIfNull(document);
        string text = document.Text;
        var spans = ParagraphSegmenter.Segment(text);
        var duplicates = Options.MarkDuplicates ? DuplicateParagraphDetector.Find(text, spans) : new int?[spans.Count];

        document.Paragraphs.Clear();
        document.HasNewsStructure = true;
        bool afterBareReadAlso = false;
        for (int i = 0; i < spans.Count; i++)
        {
            var (start, end) = spans[i];
            bool boilerplate = false;
            if (Options.MarkBoilerplate)
            {
                boilerplate = BoilerplateClassifier.Classify(text, start, end, afterBareReadAlso) != BoilerplateKind.None;

                // A bare "Baca juga:" heads a list of linked headlines; the list ends at the first real paragraph.
                afterBareReadAlso = BoilerplateClassifier.IsBareReadAlso(text, start, end)
                    || (afterBareReadAlso && boilerplate && BoilerplateClassifier.IsHeadline(text, start, end));
            }

            document.Paragraphs.Add(new Paragraph(start, end, duplicates[i], boilerplate));
        }

        if (Options.ParseDateline)
        {
            document.Dateline = FindDateline(document);

            // Before linking, so the place's mentions cluster as a place.
            if (document.Dateline is { } dateline)
            {
                DatelinePlaces.Relabel(document.Entities, dateline);
                DatelinePlaces.AddMissing(document.Entities, document.Tokens.AsSpan(), dateline);
            }

            // The outlet at the head ("Rimanews -", "JAKARTA (Pos Kota) -") is an organisation, with a place or without.
            foreach (var paragraph in document.Paragraphs)
            {
                if (paragraph.IsBoilerplate) continue;
                DatelineOutlets.Tag(text, document.Entities, document.Tokens.AsSpan(), paragraph.Start, paragraph.End);
                break;
            }
        }

        if (Options.AlignSentencesWithParagraphs && document.Paragraphs.Count > 0)
        {
            SentenceAligner.Align(text, document.Tokens.AsSpan(), document.Paragraphs, document.Sentences);
            ReadAlsoHeadlines.Split(text, document.Tokens.AsSpan(), document.Sentences);
        }

        document.Clusters.Clear();
        if (Options.LinkEntities)
        {
            var ignored = new bool[document.Entities.Count];
            if (!Options.ClusterIgnoredParagraphs)
            {
                for (int i = 0; i < ignored.Length; i++) ignored[i] = !IsContent(document.Paragraphs, document.Entities[i].Start);
            }

            document.Clusters.AddRange(EntityLinker.Link(text, document.Entities, ignored, Options.Aliases ?? AliasList.Default, Options.ClusterLabels));
        }
    }

    /// <summary>True when <paramref name="offset"/> lies in a paragraph that is neither a duplicate nor boilerplate (or there are no paragraphs).</summary>
    internal static bool IsContent(IReadOnlyList<Paragraph> paragraphs, int offset)
    {
        int index = ParagraphAt(paragraphs, offset);
        return index < 0 || (paragraphs[index].DuplicateOf is null && !paragraphs[index].IsBoilerplate);
    }

    /// <summary>The index of the paragraph holding <paramref name="offset"/>, or -1.</summary>
    internal static int ParagraphAt(IReadOnlyList<Paragraph> paragraphs, int offset)
    {
        int lo = 0, hi = paragraphs.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var p = paragraphs[mid];
            if (offset < p.Start) hi = mid - 1;
            else if (offset >= p.End) lo = mid + 1;
            else return mid;
        }

        return -1;
    }

    private static Dateline? FindDateline(DocumentBuilder document)
    {
        foreach (var paragraph in document.Paragraphs)
        {
            if (paragraph.IsBoilerplate) continue;
            var entities = document.Entities;
            return DatelineParser.Parse(document.Text, paragraph.Start, paragraph.End, (s, e) =>
            {
                foreach (var entity in entities)
                {
                    if (entity.Label == EntityLabels.Location && entity.Start == s && entity.End == e) return true;
                }

                return false;
            });
        }

        return null;
    }
}
