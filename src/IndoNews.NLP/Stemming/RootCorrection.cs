namespace IndoNews.NLP.Stemming;

/// <summary>
/// Which of <see cref="RootStemmer"/>'s departures from Sastrawi gave a root: used to group the stemmer's
/// disagreements with Sastrawi by kind (<c>indonews eval stem</c>). Each kind is described in the
/// <see cref="RootStemmer"/> remarks.
/// </summary>
internal enum RootCorrection
{
    /// <summary>No correction: Sastrawi's procedure over the same lexicon, or the word is its own root.</summary>
    None,

    /// <summary>A particle on a function word: <c>apakah</c> → <c>apa</c>.</summary>
    FunctionWordParticle,

    /// <summary>The negated abstract noun <c>ketidak-…-an</c>: <c>ketidakadilan</c> → <c>adil</c>.</summary>
    NegatedAbstractNoun,

    /// <summary>Sastrawi's prefix-first precedence over-stems: <c>dikurangi</c> → <c>kurang</c>, <c>berikan</c> → <c>beri</c>.</summary>
    PrecedenceOverStemming,

    /// <summary>A root ending like a particle: <c>menikah</c> → <c>nikah</c>, <c>pemerintah</c> → <c>perintah</c>.</summary>
    FalseParticle,

    /// <summary><c>-an</c>, not <c>-kan</c>, on a root ending in k: <c>kebijakan</c> → <c>bijak</c>.</summary>
    AnNotKan,

    /// <summary>A root ending in <c>-is</c>: <c>menangis</c> → <c>tangis</c>, not <c>menang</c>.</summary>
    FalseIs,

    /// <summary><c>per-/ber-/ter-/pe-…-an</c> on a root ending in k: <c>perbankan</c> → <c>bank</c>.</summary>
    PerAnOnK,

    /// <summary><c>pemr-</c>/<c>memr-</c> on a root in <c>pr-</c>: <c>pemrograman</c> → <c>program</c>.</summary>
    NasalisedPr,

    /// <summary>Informal nasal prefixes: <c>ngomong</c> → <c>omong</c>, <c>nyoba</c> → <c>coba</c>.</summary>
    InformalPrefix,

    /// <summary>Informal <c>-in</c> for <c>-kan</c>/<c>-i</c>: <c>dipakein</c> → <c>pakai</c>.</summary>
    InformalSuffix,

    /// <summary><c>se-</c> on a root ending in <c>i</c>, not the circumfix <c>se-…-i</c> (which Indonesian lacks): <c>senilai</c> → <c>nilai</c>.</summary>
    SeOnRootInI,

    /// <summary>A root + <c>-an</c>, not <c>se-</c> + a root ending in <c>-an</c>: <c>sepakan</c> → <c>sepak</c>, not <c>pakan</c>.</summary>
    SeRootAn,

    /// <summary>Lemma mode's k-root list: <c>meng-</c>/<c>peng-</c> + vowel read as a root in k (<c>mengemas</c> → <c>kemas</c>, not <c>emas</c>).</summary>
    NasalKRoot,

    /// <summary>
    /// A confix Indonesian lacks (<c>be-…-i</c>, <c>ke-…-i</c>, <c>ke-…-kan</c>, <c>te-…-an</c>, <c>se-…-kan</c>; Sastrawi's
    /// invalid affix pairs) read as the prefix on a root that keeps the suffix's letters: <c>bernilai</c> → <c>nilai</c>, not <c>nila</c>.
    /// </summary>
    InvalidAffixPair,

    /// <summary>Lemma mode's list of roots in k whose bare noun in <c>-an</c> is root + <c>-an</c>: <c>desakan</c> → <c>desak</c>, not <c>desa</c> + <c>-kan</c>.</summary>
    LemmaAnKRoot,

    /// <summary>
    /// Lemma mode's affix flags (hunspell-id's, <c>data/stemming/root-affixes.txt</c>): of two readings, the one whose root
    /// takes the word's affixes (<c>tepukan</c> → <c>tepuk</c>, not <c>tepu</c> + <c>-kan</c>; <c>berapi</c> → <c>api</c>, not
    /// <c>rap</c> + <c>-i</c>).
    /// </summary>
    AffixLicence,

    /// <summary>
    /// Lemma mode's informal <c>n-</c> for a root in t (<c>nulis</c> → <c>tulis</c>, <c>nonton</c> → <c>tonton</c>), taken
    /// only where hunspell-id's flags let the root take <c>meN-</c> (not <c>ninja</c> → <c>tinja</c>).
    /// </summary>
    InformalNasalT,

    /// <summary>A hyphenated word: reduplication (<c>berkali-kali</c> → <c>kali</c>, <c>abal-abal</c> → <c>abal</c>) or a hyphenated clitic (<c>kuasa-mu</c>).</summary>
    Hyphenated,

    /// <summary>Lemma mode's root list: a rare root ignored (<c>memasuki</c> → <c>masuk</c>, not <c>pasuk</c>) or a common word added (<c>politisi</c>).</summary>
    LemmaRootList,
}
