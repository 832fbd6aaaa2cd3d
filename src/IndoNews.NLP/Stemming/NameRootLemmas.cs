namespace IndoNews.NLP.Stemming;

/// <summary>
/// Root lemmas of names: a word the entity recognizers took for a name is no Indonesian derivation, so its
/// root lemma is its lower-cased form (<c>Nolan</c> → <c>nolan</c>, not <c>nol</c> + <c>-an</c>; <c>Bali</c>
/// → <c>bali</c>, not <c>bal</c> + <c>-i</c>; <c>Diego</c> → <c>diego</c>, not <c>di-</c> + <c>ego</c>).
/// </summary>
/// <remarks>
/// <para>The names are the words of person entities and single-word place and organisation entities. A
/// longer place or organisation name mostly has ordinary words in it whose roots are wanted
/// (<c>Kementerian Keuangan</c> → <c>menteri</c>, <c>uang</c>), so its words count only where the same word
/// is a name elsewhere in the document (<c>Bali</c> alone and in <c>Pulau Bali</c>).</para>
/// <para>Every capitalised word of the document spelt like one of these names, case included, takes its
/// lower-cased form, also where the recognizers missed that mention (a sentence's first word, <c>bom Bali</c>).
/// Entity words kept whole already count too, as the lemmatizer may have kept them whole from their context only
/// (<see cref="MidSentenceName"/>). Only words the affix rules cut on one side count: a word cut on both sides (<c>Kementerian</c> → <c>menteri</c>,
/// <c>Penjaringan</c> → <c>jaring</c>) keeps its root, since such words are derivations even inside names.</para>
/// </remarks>
internal static class NameRootLemmas
{
    /// <summary>Gives the name words of <paramref name="document"/>'s entities their lower-cased form as lemma.</summary>
    /// <param name="document">A document whose tokens carry root lemmas and whose entities are recognised.</param>
    public static void Apply(DocumentBuilder document)
    {
        var tokens = document.Tokens.AsWritableSpan();
        HashSet<string>? names = null;
        foreach (var entity in document.Entities)
        {
            if (entity.TokenStart < 0 || entity.TokenEnd > tokens.Length || entity.TokenEnd <= entity.TokenStart) continue;
            bool person = entity.Label == EntityLabels.Person;
            bool single = entity.TokenEnd - entity.TokenStart == 1;
            if (!person && !(single && entity.Label is EntityLabels.Location or EntityLabels.Organization)) continue;
            for (int i = entity.TokenStart; i < entity.TokenEnd; i++)
            {
                if (IsCutName(tokens[i]) || IsKeptWhole(tokens[i])) (names ??= new(StringComparer.Ordinal)).Add(tokens[i].Text);
            }
        }

        if (names is null) return;
#if NET9_0_OR_GREATER
        // Probed with spans: no string per capitalised word of the document.
        var lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
        for (int i = 0; i < tokens.Length; i++)
        {
#if NET9_0_OR_GREATER
            if (IsCutName(tokens[i]) && lookup.Contains(tokens[i].Span))
#else
            if (IsCutName(tokens[i]) && names.Contains(tokens[i].Text))
#endif
            {
                tokens[i] = tokens[i].WithLemma(tokens[i].Text.ToLowerInvariant());
            }
        }
    }

    // A capitalised word whose lemma is its lower-cased form. In an entity this may be a name the lemmatizer kept whole from
    // its context (MidSentenceName: Marketing Bandai Namco), which the rules cut where the context is missing (a sentence's
    // first word: Bandai Namco selaku ...), so it counts as a name like a cut one. A word that is its own root everywhere
    // (Jakarta) adds nothing, since no mention of it is cut.
    private static bool IsKeptWhole(in Token token)
    {
        var text = token.Span;
        return token.Kind == TokenKind.Word && text.Length > 0 && char.IsUpper(text[0]) && !text.Contains('-')
            && token.Lemma is { Length: > 0 } lemma && text.Equals(lemma, StringComparison.OrdinalIgnoreCase);
    }

    // A capitalised word that the affix rules cut on one side only, as they cut names: a "suffix" (Nolan → nol,
    // Bali → bal) or a "prefix" (Diego → ego, Persela → sela). A word cut on both sides (a confix: Kementerian →
    // menteri, Relawan → rawan) or a reduplication (Iring-Iringan) is Indonesian morphology, also in a name.
    private static bool IsCutName(in Token token)
    {
        var text = token.Span;
        if (token.Kind != TokenKind.Word || text.Length == 0 || !char.IsUpper(text[0]) || token.Lemma is not { Length: > 0 } lemma) return false;
        if (lemma.Length >= text.Length || text.Contains('-')) return false;
        return text.StartsWith(lemma, StringComparison.OrdinalIgnoreCase) || text.EndsWith(lemma, StringComparison.OrdinalIgnoreCase);
    }
}
