using FsCheck;
using FsCheck.Fluent;

namespace IndoNews.NLP.Tests.Properties;

/// <summary>
/// FsCheck generators for text that looks like scraped Indonesian news: words with affixes and clitics,
/// names, abbreviations, numbers, money, dates, URLs, punctuation, and the junk real pages carry
/// (lone surrogates, control characters, right-to-left text, zero-width joiners, emoji sequences).
/// Use with <c>[Property(Arbitrary = [typeof(NewsTextGenerators)])]</c>.
/// </summary>
public static class NewsTextGenerators
{
    private static readonly string[] Words =
    [
        "dan", "yang", "di", "ke", "dari", "itu", "ini", "tidak", "akan", "sudah", "juga", "pada", "dengan", "untuk",
        "pemerintah", "menteri", "presiden", "kota", "warga", "berita", "mengatakan", "menuduh", "bertemu",
        "memperbaiki", "dibacakan", "pertanggungjawaban", "keberlangsungan", "diperjualbelikan", "kesejahteraan",
        "pembangunan", "perekonomian", "menyelenggarakan", "ditandatangani", "berkomunikasi", "mempertanyakan",
        "bukunya", "rumahku", "milikmu", "apakah", "kaulah", "siapapun", "bacalah", "kubaca", "kaupukul", "dirinya",
        "anak-anak", "sayur-mayur", "bolak-balik", "kemerah-merahan", "berhari-hari", "ke-10", "ke-2", "se-Indonesia",
        "Rusia-Amerika", "non-Muslim", "pasca-pemilu", "Jum'at", "Qur'an", "ma'ruf", "Ma’ruf", "do'a",
        "Menteri", "Luar", "Negeri", "Rusia", "Amerika", "Serikat", "Suriah", "Jakarta", "Bandung", "Moskow",
        "Sergei", "Lavrov", "John", "Kerry", "Joko", "Widodo", "Jokowi", "Bashar", "al-Assad", "Sri", "Mulyani",
        "DPR", "KPK", "TNI", "Polri", "PBB", "NATO", "PT", "Pertamina", "(Persero)", "Tbk", "BUMN", "Kemenkeu",
        "MOSKOW", "JAKARTA", "SINDONEWS", "Sindonews.com", "CNN", "Indonesia", "iPhone", "eKTP", "COVID-19",
        "dr.", "Dr.", "Prof.", "Jl.", "No.", "S.H.", "M.Si.", "a.n.", "dll.", "dsb.", "tsb.", "Rp.", "Kab.", "H.",
        "é", "naïve", "Ångström", "café",
    ];

    private static readonly string[] Numbers =
    [
        "0", "7", "10", "2016", "1.000", "1.500.000", "1.500.000,50", "3,5", "0,25", "12.30", "08:45", "2/7", "17/08/1945",
        "Rp5", "Rp 5 miliar", "Rp5.000", "Rp1,2 triliun", "USD10", "US$ 3,4 juta", "30 persen", "30%", "12,5%", "25 kg",
        "100 km", "2,5 ton", "12.30 WIB", "Sabtu (2/7)", "Senin (3/7/2017)", "1 Januari 2020", "tahun 1998", "abad ke-21",
        "99999999999999999999999999", "1e400", "9.999.999.999.999.999.999 triliun", "-5", "+62 812-3456-7890", "1/0", "0,0000001",
    ];

    private static readonly string[] Punctuation =
    [
        ".", ",", "!", "?", ";", ":", "\"", "'", "(", ")", "[", "]", "-", "--", "—", "–", "...", "…", "“", "”", "‘", "’",
        "/", "&", "%", "$", "#", "@", "*", "+", "=", "<", ">", "|", "\\", "~", "^", "_", "`", "©", "®", "°", "±", "§",
        "?!", "!!!", ".....", "- -", "'s", "«", "»",
    ];

    private static readonly string[] WebThings =
    [
        "https://www.sindonews.com/read/1234/42/lavrov-kerry-1467543210",
        "http://example.co.id/a-b_c?x=1&y=%20z#frag", "www.kompas.com", "detik.com/berita", "redaksi@tempo.co",
        "nama.belakang+tag@mail.example.id", "#PilkadaDKI", "#2019GantiPresiden", "@jokowi", "@KPK_RI",
        "<p>", "</div>", "&nbsp;", "&amp;", "<a href=\"/x\">tautan</a>", "[[Berkas:Foto.jpg]]", "{\"json\":1}",
    ];

    private static readonly string[] Junk =
    [
        "\uD800", "\uDC00", "\uDBFF", "\uDFFF", "\uD83D", "\uDE00x", // lone surrogates
        "😀", "👍🏽", "👨‍👩‍👧‍👦", "🇮🇩", "❤️", "1️⃣", "🏳️‍🌈", // emoji, modifiers, ZWJ sequences, flags, keycaps
        "\0", "\u0001", "\u0007", "\u001B", "\u001B[31m", "\u007F", "\u0085", "\u009F", // control characters
        "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", // zero-width characters, soft hyphen
        "\u200E", "\u200F", "\u202A", "\u202E", "\u2066", "\u2069", // bidi marks and overrides
        "بسم الله الرحمن الرحيم", "شالوم", "עברית", "\u202Eتقرير\u202C", // right-to-left text
        "e\u0301", "a\u0308\u0301\u0323", "\u0301", "\u0300\u0300\u0300", // combining marks, some with no base
        "\u00A0", "\u2007", "\u202F", "\u3000", "\u2028", "\u2029", "\u000B", "\u000C", // unusual spaces and breaks
        "\uFFFD", "\uFFFE", "\uFFFF", "\uE000", "\U0010FFFF", // replacement, non-characters, private use
        "日本語", "中文", "한국어", "Ελληνικά", "Русский", "ไทย", "ꦗꦮ", // other scripts (Javanese included)
        "ＡＢＣ１２３", "ﬁ", "Ⅻ", "①", "𝐁𝐨𝐥𝐝", "ᴬᴮ", // compatibility forms
    ];

    private static readonly string[] Separators = [" ", " ", " ", " ", "  ", "\n", "\n\n", "\r\n", "\t", "", " \n "];

    /// <summary>A text of news-like fragments with junk mixed in; shrinks by dropping fragments.</summary>
    public static Arbitrary<NewsText> NewsText() => Arb.From(NewsTextGen(), Shrink);

    /// <summary>Arbitrary UTF-16 code units (lone surrogates included), biased toward the interesting ranges.</summary>
    public static Arbitrary<JunkText> JunkText() => Arb.From(JunkTextGen(), j => ShrinkString(j.Value).Select(v => new JunkText(v)));

    /// <summary>One Indonesian-looking word, possibly with junk inside, for word-level components such as stemmers.</summary>
    public static Arbitrary<WordText> WordText() => Arb.From(WordGen(), w => ShrinkString(w.Value).Where(v => v.Length > 0).Select(v => new WordText(v)));

    public static Gen<string> FragmentGen() => Gen.Frequency(
        (40, Gen.Elements(Words)),
        (10, Gen.Elements(Numbers)),
        (16, Gen.Elements(Punctuation)),
        (4, Gen.Elements(WebThings)),
        (8, Gen.Elements(Junk)),
        (6, RandomLetters()),
        (3, RandomChars().Select(cs => new string(cs))));

    public static Gen<NewsText> NewsTextGen() =>
        Gen.Sized(size =>
            Gen.Choose(0, Math.Max(1, size * 2))
                .SelectMany(n => Gen.ArrayOf(Gen.Zip(FragmentGen(), Gen.Elements(Separators), (f, s) => f + s), n))
                .Select(parts => new NewsText(parts)));

    public static Gen<JunkText> JunkTextGen() => RandomChars().Select(cs => new JunkText(new string(cs)));

    public static Gen<WordText> WordGen() => Gen.Frequency(
        (6, Gen.Elements(Words)),
        (2, RandomLetters()),
        (1, Gen.Elements(Junk)),
        (1, RandomChars().Select(cs => new string(cs))))
        .Where(w => w.Length > 0)
        .Select(w => new WordText(w));

    private static Gen<string> RandomLetters() =>
        Gen.Choose(1, 25).SelectMany(n => Gen.ArrayOf(Gen.Elements("abcdefghijklmnopqrstuvwxyzAEIOUKMNPRST-'".ToCharArray()), n)).Select(cs => new string(cs));

    private static Gen<char[]> RandomChars() =>
        Gen.Sized(size => Gen.Choose(0, Math.Max(1, size)).SelectMany(n => Gen.ArrayOf(
            Gen.Frequency(
                (5, Gen.Choose(0x20, 0x7E)),
                (2, Gen.Choose(0x00, 0x1F)),
                (2, Gen.Choose(0xD800, 0xDFFF)),
                (2, Gen.Choose(0x2000, 0x206F)),
                (1, Gen.Choose(0x0300, 0x036F)),
                (1, Gen.Choose(0x0590, 0x06FF)),
                (2, Gen.Choose(0x0080, 0xFFFF)))
            .Select(i => (char)i), n)));

    private static IEnumerable<NewsText> Shrink(NewsText text)
    {
        var parts = text.Fragments;
        if (parts.Count == 0) yield break;
        if (parts.Count > 1)
        {
            yield return new NewsText(parts.Take(parts.Count / 2).ToArray());
            yield return new NewsText(parts.Skip(parts.Count / 2).ToArray());
        }

        for (int i = 0; i < parts.Count; i++)
        {
            yield return new NewsText(parts.Where((_, j) => j != i).ToArray());
        }
    }

    private static IEnumerable<string> ShrinkString(string value)
    {
        if (value.Length == 0) yield break;
        yield return value[..(value.Length / 2)];
        yield return value[(value.Length / 2)..];
        for (int i = 0; i < value.Length && i < 64; i++)
        {
            yield return value.Remove(i, 1);
        }
    }
}

/// <summary>Arbitrary UTF-16 text, not necessarily well-formed.</summary>
public sealed record JunkText(string Value)
{
    public override string ToString() => NewsText.Escape(Value);
}

/// <summary>One word-like string for word-level components.</summary>
public sealed record WordText(string Value)
{
    public override string ToString() => NewsText.Escape(Value);
}
