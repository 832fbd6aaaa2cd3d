namespace IndoNews.NLP.Cli.Formats;

/// <summary>
/// Writes a <see cref="Document"/> as CoNLL-U: <c># sent_id</c> and <c># text</c> per sentence, one line
/// per word, clitic splits as multiword-token ranges, <c>SpaceAfter=No</c> where no space follows.
/// A document id becomes <c># newdoc id</c> among the comments of the document's first sentence; a
/// document without sentences writes nothing, so no comment is left to attach to the next document.
/// </summary>
internal static class ConlluWriter
{
    public static int Write(TextWriter writer, Document document, int firstSentenceId, string? docId = null)
    {
        int sentenceId = firstSentenceId;
        var tokens = document.TokenSpan;
        foreach (var sentence in document.Sentences)
        {
            if (docId is not null && sentenceId == firstSentenceId) writer.Write("# newdoc id = " + docId + "\n");
            writer.Write("# sent_id = ");
            writer.Write(sentenceId++);
            writer.Write('\n');
            writer.Write("# text = ");
            WriteSentenceText(writer, document.Text, tokens, sentence);
            writer.Write('\n');
            int id = 1;
            for (int i = sentence.TokenStart; i < sentence.TokenEnd;)
            {
                var token = tokens[i];
                int j = i + 1;
                if (token.IsMultiwordPart)
                {
                    while (j < sentence.TokenEnd && tokens[j].SurfaceStart == token.SurfaceStart) j++;
                    var surface = document.Text.AsSpan(token.SurfaceStart, token.SurfaceEnd - token.SurfaceStart);
                    writer.Write($"{id}-{id + (j - i) - 1}\t");
                    writer.Write(surface);
                    writer.Write("\t_\t_\t_\t_\t_\t_\t_\t");
                    writer.Write(SpaceAfterNo(tokens, j, token.SurfaceEnd) ? "SpaceAfter=No" : "_");
                    writer.Write('\n');
                    for (int k = i; k < j; k++)
                    {
                        WriteWord(writer, tokens[k], id++, null);
                    }
                }
                else
                {
                    WriteWord(writer, token, id++, SpaceAfterNo(tokens, j, token.End) ? "SpaceAfter=No" : "_");
                }

                i = j;
            }

            writer.Write('\n');
        }

        return sentenceId;
    }

    private static void WriteWord(TextWriter writer, Token token, int id, string? misc)
    {
        writer.Write(id);
        writer.Write('\t');
        WriteField(writer, token.Span);
        writer.Write('\t');
        WriteField(writer, token.Lemma is null ? "_" : token.Lemma);
        writer.Write("\t_\t_\t_\t_\t_\t_\t");
        writer.Write(misc ?? "_");
        writer.Write('\n');
    }

    // SpaceAfter=No when the next surface token (in this sentence or the next) starts right where this one ends. Any
    // run of white space or of separators the tokenizer skips (a zero-width space, a bidi mark) is one space, as in
    // # text, so the forms rebuild # text exactly.
    private static bool SpaceAfterNo(ReadOnlySpan<Token> tokens, int next, int end)
        => next < tokens.Length && tokens[next].SurfaceStart == end;

    // # text is the sentence's surface tokens with one space wherever the text has white space between them,
    // so line breaks, tabs and double spaces never break the one-line comment or its reconstruction.
    private static void WriteSentenceText(TextWriter writer, string text, ReadOnlySpan<Token> tokens, Sentence sentence)
    {
        int previousEnd = -1;
        for (int i = sentence.TokenStart; i < sentence.TokenEnd; i++)
        {
            var token = tokens[i];
            if (token.SurfaceStart < previousEnd) continue; // the other words of a multiword token
            if (previousEnd >= 0 && token.SurfaceStart > previousEnd) writer.Write(' ');
            WriteOneLine(writer, text.AsSpan(token.SurfaceStart, token.SurfaceEnd - token.SurfaceStart));
            previousEnd = token.SurfaceEnd;
        }
    }

    private static void WriteField(TextWriter writer, ReadOnlySpan<char> value)
    {
        foreach (char c in value) writer.Write(c is '\t' or '\n' or '\r' ? ' ' : c);
    }

    private static void WriteOneLine(TextWriter writer, ReadOnlySpan<char> value)
    {
        foreach (char c in value) writer.Write(c is '\n' or '\r' or '\t' ? ' ' : c);
    }
}
