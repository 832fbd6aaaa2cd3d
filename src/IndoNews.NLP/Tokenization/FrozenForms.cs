using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Tokenization;

/// <summary>
/// Words that end like a clitic (<c>-nya</c>, <c>-lah</c>, <c>-kah</c>, <c>-pun</c>, <c>-ku</c>, <c>-mu</c>)
/// but are not split: roots that happen to end so (<c>sekolah</c>, <c>buku</c>), and lexicalised forms
/// (<c>hanya</c>, <c>sebelumnya</c>, <c>maupun</c>). Hand-curated; checked against how UD Indonesian
/// GSD (dev) and CSUI (train) treat them. Roots of two letters or fewer before the clitic never split,
/// so short words (<c>hanya</c>, <c>salah</c>, <c>ilmu</c>) need no entry.
/// </summary>
internal static class FrozenForms
{
    public static readonly WordSet Common = new(
    [
        // -nya: adverbs and connectives built with se-...-nya, and frozen -nya words.
        "akhirnya", "sebelumnya", "sesudahnya", "sesungguhnya", "sebenarnya", "selanjutnya", "seharusnya",
        "semestinya", "sebaiknya", "sebaliknya", "sepenuhnya", "setidaknya", "sedikitnya", "sekurangnya",
        "selambatnya", "secepatnya", "sesegeranya", "sebanyaknya", "seadanya", "seutuhnya", "selayaknya",
        "sepantasnya", "seyogyanya", "semaksimalnya",
        // More se-...-nya adverbs. GSD dev and CSUI train keep every se-...-nya adverb they hold whole (51 tokens,
        // none split), also where se-X is a word itself (adverbial sedikitnya, Seluruhnya); they split se-X-nya only
        // as a noun phrase (sekitarnya, semuanya, "masih sedikitnya daerah"), so rekan setimnya still splits.
        "sebetulnya", "sebenernya", "sejujurnya", "sepatutnya", "sewajarnya", "seyogianya", "sekiranya",
        "seterusnya", "selebihnya", "selengkapnya", "seenaknya", "secukupnya", "seluasnya", "sepuasnya", "sekuatnya",
        "setulusnya", "sebesarnya", "sepertinya", "sejatinya", "sedianya", "setelahnya", "selamanya", "seandainya",
        "biasanya", "umumnya",
        "khususnya", "misalnya", "berikutnya", "diantaranya", "kesemuanya", "makanya", "rupanya", "agaknya",
        "nampaknya", "tampaknya", "kiranya", "hendaknya", "mestinya", "bahwasanya", "tanya", "bertanya",
        "ditanya", "menanya", "punya", "nyonya",
        // Evaluative sentence adverbs, adjective + -nya ("Sayangnya, ..." unfortunately): whole like biasanya, where
        // IndoSum uses them as sentence adverbs nearly always (sayangnya 77 of 78, untungnya 11 of 13, ironisnya 5 of
        // 5, sialnya 3 of 3). Where the adjective's -nya form is as often its noun or a verb with an object
        // (menariknya "pulls him", uniknya, anehnya, parahnya "its severity"), the word splits as usual.
        "sayangnya", "untungnya", "ironisnya", "sialnya", "celakanya",
        // A place name that ends like -nya ("Barcelona, Catalunya"; Catalu is no word).
        "catalunya",
        // -lah: roots ending in -lah and their derivatives.
        "adalah", "setelah", "bersalah", "sekolah", "bersekolah", "sebelah", "masalah", "bermasalah", "istilah",
        "mengolah", "diolah", "terolah", "pengolah", "mengalah", "jumlah", "sejumlah", "berjumlah", "majalah",
        "membelah", "terbelah", "berkilah", "celah", "salah", "telah",
        "kalah", "olah", "malah", "lelah", "belah", "bilah", "kilah", "galah", "ulah", "tulah", "ialah", "allah",
        "abdillah", "alhamdulilah", "alhamdullilah", "insyallah", "daulah", "permasalah", "memecahbelah", "seolah", "memilah", "dipilah", "pilah", "makalah", "kafilah", "khafilah", "fadilah", "fadhilah", "insyaallah", "masyaallah", "subhanallah", "alhamdulillah", "bismillah",
        // -kah: roots ending in -kah.
        "nikah", "menikah", "barokah", "barakah", "nafkah", "langkah", "melangkah", "naskah", "tingkah", "bertingkah", "berkah", "sedekah",
        "bersedekah", "paskah", "mekah", "makkah", "mekkah", "merekah", "bongkah",
       
        // -pun: lexicalised connectives and roots ending in -pun.
        "maupun", "walaupun", "meskipun", "adapun", "himpun", "menghimpun", "dihimpun", "terhimpun", "rumpun",
        "serumpun", "ampun", "pun",
        // -ku, -mu: roots ending in -ku / -mu.
        "berlaku", "pelaku", "pangku", "mangku", "memangku", "pemangku", "dipangku", "menjamu", "dijamu", "bangku", "teuku", "tengku", "engku",
        "beku", "membeku", "pembeku", "jibaku", "berjibaku", "liku", "berliku", "penemu", "prilaku",
        "otaku", "jammu", "perilaku", "berperilaku", "mengaku", "diaku", "maluku", "bertemu", "ketemu",
        "menemu", "meramu", "diramu", "bertamu", "haiku", "kaku", "baku", "buku",
        "suku", "laku", "paku", "saku", "kuku", "aku", "ilmu", "kamu", "tamu", "temu", "jamu", "ramu", "semu", "jemu",
        "ummu", "mengaku-aku", "selaku", "jamu-jamu",
    ]);

    /// <summary>Forms that UD Indonesian-GSD keeps whole but CSUI splits.</summary>
    public static readonly WordSet GsdOnly = new(["lainnya", "adanya"]);

    public static bool IsFrozen(ReadOnlySpan<char> word, TokenizationStyle style)
    {
        if (Common.Contains(word) || (style == TokenizationStyle.UdGsd && GsdOnly.Contains(word))) return true;

        // A root that ends like -lah, -kah, -pun, -ku, -mu keeps doing so under se-, ber-, ter-, di-, pra-
        // (selangkah, berolah, terpilah, pranikah). Not for -nya: terakhirnya is ter-akhir + nya.
        if (word.EndsWith("nya", StringComparison.OrdinalIgnoreCase)) return IsReduplicatedSeAdverb(word);
        foreach (string prefix in Prefixes)
        {
            if (word.Length - prefix.Length >= 3 && word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && Common.Contains(word[prefix.Length..]))
            {
                return true;
            }
        }

        return false;
    }

    // se-X-Xnya, the superlative adverb (sebaik-baiknya, seluas-luasnya, sekurang-kurangnya): a form of the
    // se-...-nya adverbs above (the two treebanks hold none). sehari-harinya is sehari-hari + nya ("his daily life").
    private static bool IsReduplicatedSeAdverb(ReadOnlySpan<char> word)
    {
        int hyphen = word.IndexOf('-');
        if (hyphen < 5 || !word.StartsWith("se", StringComparison.OrdinalIgnoreCase)) return false;
        var first = word[2..hyphen];
        var second = word[(hyphen + 1)..^3];
        return second.Length >= 3 && first.Equals(second, StringComparison.OrdinalIgnoreCase)
            && !first.Equals("hari", StringComparison.OrdinalIgnoreCase);
    }

    private static readonly string[] Prefixes = ["se", "ber", "ter", "di", "pra"];
}
