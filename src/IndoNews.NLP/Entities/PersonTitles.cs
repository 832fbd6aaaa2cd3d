using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Entities;

/// <summary>
/// Ranks and offices that news writes before a name without a period (<c>Kompol Bayu Suseno</c>,
/// <c>Wakapolri Komjen Syafruddin</c>) and that are never part of one. The tagger leaves the frequent ones
/// (<c>Presiden</c>, <c>AKBP</c>, <c>Kombes</c>) out of names by itself; the rarer ranks it puts inside.
/// </summary>
/// <remarks>
/// A closed class: the ranks of the Indonesian police (Polri) and armed forces (TNI), the abbreviated
/// posts of their commanders and of officials (<c>Menkopolhukam</c>, <c>Sekda</c>), and the words of ministers'
/// portfolios. Titles that are also given names (<c>Imam</c>, <c>Ratu</c>, <c>Putri</c>, <c>Raja</c>, <c>Sultan</c>) are not
/// here, and neither is <c>Pangeran</c>, which the training corpus keeps inside names.
/// </remarks>
internal static class PersonTitles
{
    private static readonly WordSet RanksAndOffices = new WordSet(
    [
        // Polri, highest to lowest.
        "Jenderal", "Komjen", "Irjen", "Brigjen", "Kombes", "AKBP", "Kompol", "AKP", "Iptu", "Ipda", "Aiptu", "Aipda",
        "Bripka", "Brigpol", "Brigadir", "Briptu", "Bripda", "Abriptu", "Abripda", "Bharaka", "Bharatu", "Bharada",

        // TNI: army, navy and air force officers, then non-commissioned ranks and privates.
        "Letjen", "Mayjen", "Kolonel", "Letkol", "Mayor", "Kapten", "Lettu", "Letda", "Laksamana", "Laksdya", "Laksda",
        "Laksma", "Marsekal", "Marsdya", "Marsda", "Marsma", "Peltu", "Pelda", "Serma", "Serka", "Sertu", "Serda",
        "Kopka", "Koptu", "Kopda", "Praka", "Pratu", "Prada",

        // The same ranks written out (Letnan Kolonel, Komisaris Besar, Sersan Dua, Prajurit Satu).
        "Letnan", "Komisaris", "Ajun", "Inspektur", "Sersan", "Kopral", "Prajurit",

        // Police ranks written with "Pol" joined (Kombespol Harry Kurniawan).
        "Komjenpol", "Irjenpol", "Brigjenpol", "Kombespol",
    ], ignoreCase: false);

    // Officials' posts, abbreviated as titles (Menkopolhukam Wiranto, Menaker Hanif, Sekda Saefullah, Plh Kepala Biro):
    // ministers, their deputies and the heads of offices and parties. None is also a name; Mendes is left out (Shawn
    // Mendes), and so is Karo (Kepala Biro, also a people and a regency).
    private static readonly WordSet OfficialPosts = new WordSet(
    [
        "Wapres", "Wamen", "Menko", "Menkopolhukam", "Menkopolkam", "Menkoperekonomian", "Menkomaritim", "Menkeu", "Mendagri",
        "Menlu", "Menhan", "Menkes", "Menag", "Mensos", "Mendag", "Menperin", "Mentan", "Menhub", "Mendikbud", "Menristekdikti",
        "Menristek", "Menpar", "Menpora", "Menkominfo", "Menkumham", "Menaker", "Menakertrans", "Mensesneg", "Menpan", "Menhut",
        "MenLHK", "Menpupr", "MenPUPR", "Menkop", "Menegpora", "Seskab", "Sekda", "Sekjen", "Sesjen", "Sestama", "Dirjen",
        "Dirut", "Kadivhumas", "Kapuspen", "Kapuspenkum", "Kapendam", "Karopenmas", "Irwasum", "Jubir",
        "Ketum", "Waketum", "Wagub", "Wabup", "Wawali", "Wawalkot", "Plt", "Plh", "Pangkopkamtib", "Pangab",
    ], ignoreCase: false);

    // Posts that a minister's portfolio completes: Menteri Komunikasi dan Informatika, Menko Polhukam, Menpan RB.
    private static readonly WordSet MinisterPosts = new WordSet(["Menteri", "Mentri", "Menko", "Menpan", "Menkop", "Wamen"], ignoreCase: false);

    // The words of ministers' portfolios (Pendidikan dan Kebudayaan, PU dan Pera, Kominfo, Polhukam, RB): after a minister's
    // post the tagger sometimes starts the person at the portfolio's last words (Menteri Komunikasi dan Informatika
    // Rudiantara). Words of the cabinet's ministries, none a given name.
    private static readonly WordSet PortfolioWords = new WordSet(
    [
        "Luar", "Dalam", "Negeri", "Pertahanan", "Hukum", "HAM", "Keuangan", "Energi", "Sumber", "Daya", "Mineral", "ESDM",
        "Perindustrian", "Perdagangan", "Pertanian", "Kehutanan", "Lingkungan", "Hidup", "LHK", "Perhubungan", "Kelautan",
        "Perikanan", "KKP", "Ketenagakerjaan", "Tenaga", "Kerja", "Transmigrasi", "Pekerjaan", "Umum", "Perumahan", "Rakyat",
        "PUPR", "PU", "Pera", "Kesehatan", "Pendidikan", "Kebudayaan", "Riset", "Teknologi", "Tinggi", "Ristekdikti", "Ristek",
        "Dikti", "Sosial", "Agama", "Pariwisata", "Ekonomi", "Kreatif", "Komunikasi", "Informatika", "Kominfo", "Koperasi",
        "UKM", "Usaha", "Kecil", "Menengah", "Pemberdayaan", "Perempuan", "Perlindungan", "Anak", "PPPA", "Pendayagunaan",
        "Aparatur", "Reformasi", "Birokrasi", "PANRB", "PAN", "RB", "Desa", "Pembangunan", "Daerah", "Tertinggal", "PDTT",
        "Perencanaan", "Nasional", "PPN", "Agraria", "Tata", "Ruang", "ATR", "BPN", "BUMN", "Pemuda", "Olahraga", "Sekretaris",
        "Negara", "Koordinator", "Bidang", "Politik", "Keamanan", "Polhukam", "Perekonomian", "Kemaritiman", "Maritim", "PMK",
        "Manusia",
    ], ignoreCase: false);

    // Commanders' posts, abbreviated as titles (Kapolsek Tambun = the chief of Tambun's police). Unlike some ranks
    // (Ajun, Prada), none is also a name.
    private static readonly WordSet Posts = new WordSet(
    [
        "Kapolri", "Wakapolri", "Kapolda", "Wakapolda", "Kapolres", "Wakapolres", "Kapolresta", "Wakapolresta", "Kapolrestabes",
        "Wakapolrestabes", "Kapolrestro", "Wakapolrestro", "Kapolsek", "Kabareskrim", "Kajati", "Kajari", "Kalapas",
        "Panglima", "Pangdam", "Pangkostrad", "Pangkoarmada", "Danrem", "Dandim", "Danramil", "Danjen", "KSAD", "KSAL", "KSAU",
    ], ignoreCase: false);

    // Words that complete a rank: Laksamana Madya, Komisaris Besar Polisi, Irjen Pol, Letjen TNI, Sersan Dua.
    private static readonly WordSet RankModifiers = new WordSet(
    [
        "Madya", "Muda", "Pertama", "Utama", "Besar", "Kepala", "Satu", "Dua", "Polisi", "Pol", "TNI",
    ], ignoreCase: false);

    // Posts whose holder is named by a place: Kapolsek Tambun, Kapolda Jawa Barat, Pangdam Brawijaya, Dandim Bogor.
    private static readonly WordSet LocalPosts = new WordSet(
    [
        "Kapolda", "Wakapolda", "Kapolres", "Wakapolres", "Kapolresta", "Wakapolresta", "Kapolrestabes", "Wakapolrestabes",
        "Kapolrestro", "Wakapolrestro", "Kapolsek", "Pangdam", "Danrem", "Dandim", "Danramil", "Kajati", "Kajari", "Kalapas",
    ], ignoreCase: false);

    // Heads of a unit, abbreviated as titles: the words after them name the unit (Kabid Penindakan, Kanit Laka,
    // Kasubdit Bin Gakkum), not a person; alone they are the office (Kadiskes mengatakan).
    private static readonly WordSet UnitHeads = new WordSet(
    [
        "Kabid", "Kabag", "Kabiro", "Kadiv", "Kanit", "Kasubdit", "Kasubbag", "Kasie", "Kasat", "Kasatreskrim", "Kasatlantas", "Kasatnarkoba",
        "Kadis", "Kadiskes", "Kadispamal", "Kadispenal", "Dirlantas", "Dirreskrimum", "Dirreskrimsus", "Dirresnarkoba",
    ], ignoreCase: false);

    // Academic titles written before a name without their period (Prof Dr Ir Budi Santoso, dr Fitria Amalia); with the
    // period they are abbreviations (Prof. Dr.). Only titles that are no given name.
    private static readonly WordSet AcademicTitles = new WordSet(["Prof", "Dr", "DR", "Ir", "Drs", "Dra", "dr", "drg"], ignoreCase: false);

    /// <summary>Whether <paramref name="word"/> is an academic title written before a name without its period (<c>Prof Dr Ir</c>).</summary>
    public static bool IsAcademicTitle(ReadOnlySpan<char> word) => AcademicTitles.Contains(word);

    /// <summary>Whether <paramref name="word"/> is a commander's post that a place completes (<c>Kapolsek Tambun</c>).</summary>
    public static bool IsLocalPost(ReadOnlySpan<char> word) => LocalPosts.Contains(word);

    /// <summary>Whether <paramref name="word"/> completes a rank that stands before it.</summary>
    public static bool IsRankModifier(ReadOnlySpan<char> word) => RankModifiers.Contains(word);

    /// <summary>Whether <paramref name="word"/> is the abbreviated title of a unit's head (<c>Kabid</c>, <c>Kanit</c>, <c>Kadiskes</c>).</summary>
    public static bool IsUnitHead(ReadOnlySpan<char> word) => UnitHeads.Contains(word);

    /// <summary>Whether <paramref name="word"/> is a rank, a commander's post or an official's abbreviated post (<c>Mendagri</c>).</summary>
    public static bool IsRankOrOffice(ReadOnlySpan<char> word) => RanksAndOffices.Contains(word) || Posts.Contains(word) || OfficialPosts.Contains(word);

    /// <summary>Whether <paramref name="word"/> is an official's abbreviated post (<c>Menaker</c>, <c>Sekda</c>, <c>Plh</c>).</summary>
    public static bool IsOfficialPost(ReadOnlySpan<char> word) => OfficialPosts.Contains(word);

    /// <summary>Whether <paramref name="word"/> is a minister's post that a portfolio completes (<c>Menteri</c>, <c>Menko</c>).</summary>
    public static bool IsMinisterPost(ReadOnlySpan<char> word) => MinisterPosts.Contains(word);

    /// <summary>Whether <paramref name="word"/> is a word of a minister's portfolio (<c>Kebudayaan</c>, <c>Kominfo</c>, <c>RB</c>).</summary>
    public static bool IsPortfolioWord(ReadOnlySpan<char> word) => PortfolioWords.Contains(word);

    /// <summary>
    /// Whether <paramref name="word"/> is an abbreviated post, of a commander (<c>Wakapolda</c>, <c>KSAD</c>), an official
    /// (<c>Mendagri</c>, <c>Sekda</c>) or a unit's head (<c>Kadiskes</c>): alone it names the office, never a person, place or
    /// organisation.
    /// </summary>
    public static bool IsPost(ReadOnlySpan<char> word) => Posts.Contains(word) || OfficialPosts.Contains(word) || UnitHeads.Contains(word);
}
