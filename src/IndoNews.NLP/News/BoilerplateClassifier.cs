namespace IndoNews.NLP.News;

/// <summary>
/// Decides whether a paragraph is boilerplate: source and credit lines, read-also links, comment and share
/// widgets, copyright notices, closing initials and outlet promotion. Rules look at the start of the
/// paragraph and its length only, so article sentences that merely mention a source are kept.
/// </summary>
internal static class BoilerplateClassifier
{
    private const int MaxLineLength = 300;
    private const int MaxWidgetLength = 160;
    private const int MaxSignatureLength = 32;

    // Prefixes are compared case-insensitively; each is followed by a non-letter (':' or space or end).
    private static readonly string[] ReadAlsoPrefixes =
    [
        "baca juga", "baca_juga", "baca pula", "baca:", "baca selengkapnya", "simak juga", "simak:", "lihat juga",
        "lihat:", "tonton juga", "saksikan juga", "berita terkait", "artikel terkait", "read also", "see also",
        "related:", "related post", "baca berita", "klik di sini", "klik disini",
    ];

    private static readonly string[] SourcePrefixes =
    [
        "sumber:", "sumber :", "sumber berita", "sumber foto", "sumber gambar", "source:", "via:", "foto:", "foto :",
        "video:", "penulis:", "penulis :", "editor:", "editor :", "reporter:", "reporter :", "pewarta:", "pewarta :",
        "redaktur:", "penyunting:", "kontributor:", "author:", "laporan:", "ilustrasi:", "caption:", "disclosure:",
        "pengungkapan:",
    ];

    // Whole-paragraph credit words (a scraped "Sumber" or "Penulis" label whose value went to the next line).
    private static readonly string[] BareLabels = ["sumber", "penulis", "editor", "reporter", "pewarta", "foto", "video"];

    private static readonly string[] CommentPrefixes =
    [
        "post a comment", "posting komentar", "tulis komentar", "kirim komentar", "leave a reply", "leave a comment",
        "no comments", "belum ada komentar", "newer post", "older post", "posting lebih baru", "posting lama",
        "loading...", "berikan komentar", "tambahkan komentar", "related posts",
    ];

    private static readonly string[] SharePrefixes =
    [
        "share this", "share:", "share on", "bagikan:", "bagikan artikel", "bagikan berita", "follow us", "ikuti kami di",
        "subscribe", "like this", "dapatkan update", "download aplikasi", "unduh aplikasi",
    ];

    // Widget labels that are boilerplate only as the whole paragraph ("Komentar Jokowi soal …" is news).
    private static readonly string[] WidgetWords = ["komentar", "comments", "bagikan", "share", "tweet", "like", "sebarkan", "beranda", "home"];

    private static readonly string[] PromotionMarkers =
    [
        " adalah portal berita", " adalah situs berita", " adalah media online", "artikel ini telah tayang", "artikel ini sudah tayang",
        "artikel ini pertama kali", "artikel ini telah dimuat", "tulisan ini telah tayang", "simak berita menarik lainnya",
    ];

    /// <summary>Classifies the paragraph [<paramref name="start"/>, <paramref name="end"/>).</summary>
    /// <param name="text">The document text.</param>
    /// <param name="start">Start of the paragraph (no leading white space).</param>
    /// <param name="end">End of the paragraph (no trailing white space).</param>
    /// <param name="afterBareReadAlso">The paragraph follows a bare <c>Baca juga:</c> line, so a headline here is its link.</param>
    public static BoilerplateKind Classify(string text, int start, int end, bool afterBareReadAlso)
    {
        // Leading dashes and bullets ("–Disclosure: …", "- Baca juga: …") do not change what the line is.
        var p = text.AsSpan(start, end - start).TrimStart("-–—•* ");
        int length = p.Length;
        if (length == 0) return BoilerplateKind.None;

        if (length <= MaxSignatureLength && IsSignature(p)) return BoilerplateKind.Signature;
        if (length <= MaxLineLength)
        {
            if (StartsWithAny(p, ReadAlsoPrefixes) || StartsWithAny(Unbracketed(p), ReadAlsoPrefixes)) return BoilerplateKind.ReadAlso;
            if (StartsWithAny(p, SourcePrefixes) || EqualsAny(p, BareLabels)) return BoilerplateKind.SourceLine;
            if (p[0] == '©' || StartsWith(p, "copyright") || StartsWith(p, "hak cipta") || p.Contains("all rights reserved", StringComparison.OrdinalIgnoreCase)) return BoilerplateKind.Copyright;
            if (ContainsAny(p, PromotionMarkers)) return BoilerplateKind.Promotion;
        }

        if (length <= MaxWidgetLength)
        {
            if (IsResponseCount(p) || StartsWithAny(p, CommentPrefixes)) return BoilerplateKind.CommentWidget;
            if (StartsWithAny(p, SharePrefixes) || EqualsAny(p, WidgetWords)) return BoilerplateKind.ShareWidget;
            if (afterBareReadAlso && IsHeadline(p)) return BoilerplateKind.ReadAlso;
        }

        return BoilerplateKind.None;
    }

    // "(Baca juga: …)" and "[Baca Juga: …]": a read-also link set in brackets, the whole line.
    private static ReadOnlySpan<char> Unbracketed(ReadOnlySpan<char> p)
        => p.Length > 2 && ((p[0] == '(' && p[^1] == ')') || (p[0] == '[' && p[^1] == ']')) ? p[1..^1].Trim() : ReadOnlySpan<char>.Empty;

    /// <summary>True for text that opens with a read-also label (<c>Baca juga: …</c>, <c>SIMAK JUGA: …</c>), not in brackets.</summary>
    public static bool StartsWithReadAlso(ReadOnlySpan<char> text) => StartsWithAny(text, ReadAlsoPrefixes);

    /// <summary>True for a credit or source line (<c>Reporter: M. Yazid</c>, <c>Sumber: …</c>), which ends where its line does.</summary>
    public static bool IsSourceLine(string text, int start, int end) => end > start && StartsWithAny(text.AsSpan(start, end - start).TrimStart("-–—•* "), SourcePrefixes);

    /// <summary>True for a paragraph that reads like a linked headline: short, without closing punctuation.</summary>
    public static bool IsHeadline(string text, int start, int end) => end > start && IsHeadline(text.AsSpan(start, end - start));

    /// <summary>True for a read-also label with nothing after it (<c>Baca juga:</c>), whose link follows on the next line.</summary>
    public static bool IsBareReadAlso(string text, int start, int end)
    {
        var p = text.AsSpan(start, end - start).TrimEnd(":- ");
        foreach (var prefix in ReadAlsoPrefixes)
        {
            if (p.Equals(prefix.AsSpan().TrimEnd(':'), StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    // (ard), [cob], (res / res), (R021/H015), (Uu. H-RF / I015), (end): initials in brackets, nothing else.
    private static bool IsSignature(ReadOnlySpan<char> p)
    {
        if (p.Length < 3) return false;
        char open = p[0], close = p[^1];
        if (!((open == '(' && close == ')') || (open == '[' && close == ']'))) return false;
        var inner = p[1..^1];
        int letters = 0;
        foreach (char c in inner)
        {
            if (c is '(' or ')' or '[' or ']' or ',' or ';' or '"') return false;
            if (char.IsLetter(c)) letters++;
        }

        // A real parenthetical has words; initials have no more than a couple of short groups.
        int words = 1;
        foreach (char c in inner.Trim()) if (c == ' ') words++;
        return letters > 0 && words <= 4 && (inner.Contains('/') || !inner.Contains(". ", StringComparison.Ordinal));
    }

    // "0 Response to ...", "12 Comments", "3 Komentar"
    private static bool IsResponseCount(ReadOnlySpan<char> p)
    {
        int i = 0;
        while (i < p.Length && char.IsAsciiDigit(p[i])) i++;
        if (i == 0 || i >= p.Length || p[i] != ' ') return false;
        var rest = p[(i + 1)..];
        return StartsWith(rest, "response") || StartsWith(rest, "comment") || StartsWith(rest, "komentar") || StartsWith(rest, "tanggapan");
    }

    // A linked headline: short, no closing sentence punctuation.
    private static bool IsHeadline(ReadOnlySpan<char> p) => p.Length <= 150 && p[^1] is not ('.' or '!' or '?' or '"' or '”' or ':');

    private static bool StartsWithAny(ReadOnlySpan<char> p, string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (StartsWith(p, prefix)) return true;
        }

        return false;
    }

    private static bool EqualsAny(ReadOnlySpan<char> p, string[] words)
    {
        var trimmed = p.TrimEnd(':');
        foreach (var w in words)
        {
            if (trimmed.Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    // A prefix ending in a letter must be followed by a non-letter, so "Sumbernya" or "Bagikanlah…" do not match "sumber"/"bagikan".
    private static bool StartsWith(ReadOnlySpan<char> p, string prefix)
    {
        if (!p.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return false;
        return p.Length == prefix.Length || !char.IsLetter(prefix[^1]) || !char.IsLetter(p[prefix.Length]);
    }

    private static bool ContainsAny(ReadOnlySpan<char> p, string[] markers)
    {
        foreach (var m in markers)
        {
            if (p.Contains(m, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }
}
