namespace IndoNews.NLP.Entities;

/// <summary>
/// A company's legal form written after its name is part of the organisation: <c>PT Semen Gresik (Persero) Tbk</c>,
/// <c>PT Pertamina (Persero)</c>, <c>PT Global Mediacom Tbk</c>. A bracket ends a name, so the tagger's span stopped at
/// <c>PT Semen Gresik</c> and <c>Persero</c> and <c>Tbk</c> were two more organisations of their own.
/// </summary>
/// <remarks>
/// The forms are <c>(Persero)</c> (a state-owned company), then or alone <c>Tbk</c> (listed on the exchange), each one
/// space after what comes before it. The corpora tag them inside the organisation (idner-news-2k <c>PT Pembangunan
/// Perumahan (Perseto) Tbk</c>, NER UGM <c>PT Pertamina ( Persero )</c>). An organisation span takes them in, with the
/// entities that lie over them alone; an entity that runs on past them is left, and so is a form after a word that is no
/// organisation (<c>(KAI) Persero</c>). <c>Tbk</c> may also follow a comma written right after the name
/// (<c>PT Jasa Marga, Tbk</c>, where the tagger read <c>Tbk</c> as a person); the comma is then inside the span.
/// </remarks>
internal static class CompanyLegalForms
{
    /// <summary>Extends every organisation of <paramref name="document"/> over the legal forms written after it.</summary>
    public static void Join(DocumentBuilder document)
    {
        string text = document.Text;
        ReadOnlySpan<Token> tokens = document.Tokens.AsSpan();
        var entities = document.Entities;
        HashSet<int>? removed = null;
        List<Entity>? added = null;
        EntityStartIndex? index = null;
        for (int e = 0; e < entities.Count; e++)
        {
            var entity = entities[e];
            if (entity.Label != EntityLabels.Organization || entity.TokenStart < 0 || entity.TokenEnd <= entity.TokenStart) continue;
            if ((removed?.Contains(e) ?? false) || !EntityTokens.CoversWholeTokens(entity, tokens)) continue;
            int end = FormsEnd(text, tokens, entity.TokenEnd);
            if (end == entity.TokenEnd) continue;

            // The entities over the forms go; one that starts before them or runs past them keeps the span as it is. Only
            // the entities that start on the forms are read, not the whole list per organisation (quadratic in a long
            // list of companies).
            index ??= new EntityStartIndex(entities, tokens.Length);
            var over = new List<int>();
            bool blocked = index.Crosses(entity.TokenEnd);
            for (int k = index.FirstStartingAt(entity.TokenEnd); k < index.Count && index.StartAt(k) < end; k++)
            {
                int o = index.EntityAt(k);
                if (entities[o].TokenEnd <= entity.TokenEnd) continue;
                if (entities[o].TokenEnd > end || (removed?.Contains(o) ?? false)) blocked = true;
                over.Add(o);
            }

            if (blocked) continue;
            removed ??= [];
            removed.Add(e);
            foreach (int o in over) removed.Add(o);
            (added ??= []).Add(EntityEdits.Over(text, tokens, entity.TokenStart, end, EntityLabels.Organization));
        }

        index?.Dispose(); // an exception midway leaves its arrays to the garbage collector
        if (added is not null) EntityEdits.Apply(entities, removed, added);
    }

    // The token after the legal forms that follow token index from ("(Persero) Tbk", "(Persero)", "Tbk", ", Tbk"), or from.
    private static int FormsEnd(string text, ReadOnlySpan<Token> tokens, int from)
    {
        int k = from;
        if (k + 2 < tokens.Length && tokens[k].Span is "(" && SpaceBefore(text, tokens, k)
            && tokens[k + 1].Span.Equals("Persero", StringComparison.OrdinalIgnoreCase) && tokens[k + 1].Start == tokens[k].End
            && tokens[k + 2].Span is ")" && tokens[k + 2].Start == tokens[k + 1].End)
        {
            k += 3;
        }

        if (k < tokens.Length && tokens[k].Span.Equals("Tbk", StringComparison.OrdinalIgnoreCase) && SpaceBefore(text, tokens, k)) return k + 1;

        // "PT Jasa Marga, Tbk": a comma right after the name (or its "(Persero)"), then the form one space after it.
        if (k + 1 < tokens.Length && k > 0 && tokens[k].Span is "," && tokens[k].Start == tokens[k - 1].End
            && tokens[k + 1].Span.Equals("Tbk", StringComparison.OrdinalIgnoreCase) && SpaceBefore(text, tokens, k + 1))
        {
            k += 2;
        }

        return k;
    }

    // Whether token k comes one space after the token before it.
    private static bool SpaceBefore(string text, ReadOnlySpan<Token> tokens, int k)
        => k > 0 && tokens[k].Start == tokens[k - 1].End + 1 && text[tokens[k - 1].End] == ' ';
}
