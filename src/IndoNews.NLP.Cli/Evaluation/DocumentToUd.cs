namespace IndoNews.NLP.Cli.Evaluation;

/// <summary>Turns an analysed <see cref="Document"/> into the evaluation's view, as its CoNLL-U output would read.</summary>
internal static class DocumentToUd
{
    public static UdDocument Convert(Document document)
    {
        var result = new UdDocument();
        var tokens = document.TokenSpan;
        string text = document.Text;
        foreach (var sentence in document.Sentences)
        {
            result.BeginSentence();
            for (int i = sentence.TokenStart; i < sentence.TokenEnd;)
            {
                var token = tokens[i];
                int j = i + 1;
                if (token.IsMultiwordPart)
                {
                    while (j < sentence.TokenEnd && tokens[j].SurfaceStart == token.SurfaceStart) j++;
                    var span = result.AddToken(text.AsSpan(token.SurfaceStart, token.SurfaceEnd - token.SurfaceStart));
                    for (int k = i; k < j; k++)
                    {
                        result.AddWord(span, true, tokens[k].Text, tokens[k].Lemma ?? "_");
                    }
                }
                else
                {
                    var span = result.AddToken(token.Span);
                    result.AddWord(span, false, token.Text, token.Lemma ?? "_");
                }

                i = j;
            }

            result.EndSentence();
        }

        return result;
    }
}
