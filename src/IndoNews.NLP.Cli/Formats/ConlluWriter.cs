namespace IndoNews.NLP.Cli.Formats;

/// <summary>
/// Writes a <see cref="Document"/> as CoNLL-U: <c># sent_id</c> and <c># text</c> per sentence, one line
/// per word, clitic splits as multiword-token ranges, <c>SpaceAfter=No</c> where no space follows.
/// </summary>
internal static class ConlluWriter
{
    public static int Write(TextWriter writer, Document document, int firstSentenceId, string? docId = null)
    {
        if (docId is not null) writer.Write("# newdoc id = " + docId + "\n");
        int sentenceId = firstSentenceId;
        var tokens = document.TokenSpan;
        foreach (var sentence in document.Sentences)
        {
            writer.Write("# sent_id = ");
            writer.Write(sentenceId++);
            writer.Write('\n');
            writer.Write("# text = ");
            WriteOneLine(writer, document.Text.AsSpan(sentence.Start, sentence.Length));
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
                    writer.Write(SpaceAfterNo(document.Text, token.SurfaceEnd, j == sentence.TokenEnd) ? "SpaceAfter=No" : "_");
                    writer.Write('\n');
                    for (int k = i; k < j; k++)
                    {
                        WriteWord(writer, tokens[k], id++, null);
                    }
                }
                else
                {
                    WriteWord(writer, token, id++, SpaceAfterNo(document.Text, token.End, j == sentence.TokenEnd) ? "SpaceAfter=No" : "_");
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

    // The last word of a sentence carries SpaceAfter=No only when the next sentence follows without a space.
    private static bool SpaceAfterNo(string text, int end, bool lastInSentence)
        => end < text.Length && !char.IsWhiteSpace(text[end]) || (end >= text.Length && !lastInSentence);

    private static void WriteField(TextWriter writer, ReadOnlySpan<char> value)
    {
        foreach (char c in value) writer.Write(c is '\t' or '\n' or '\r' ? ' ' : c);
    }

    private static void WriteOneLine(TextWriter writer, ReadOnlySpan<char> value)
    {
        foreach (char c in value) writer.Write(c is '\n' or '\r' or '\t' ? ' ' : c);
    }
}
