using IndoNews.NLP.Internal;

namespace IndoNews.NLP.News;

/// <summary>Names of news outlets and wire agencies that appear in Indonesian datelines (<c>Jakarta (ANTARA News) -</c>).</summary>
internal static class NewsOutlets
{
    private static readonly WordSet Names = new(new[]
    {
        "antara", "antara news", "antaranews", "antara foto", "cnn indonesia", "cnbc indonesia", "kompas", "kompas tv",
        "detik", "detikcom", "detiknews", "detiksport", "detikfinance", "tempo", "tempo.co", "okezone", "sindonews",
        "koran sindo", "sindo", "tribunnews", "tribun", "liputan6", "viva", "vivanews", "republika", "merdeka", "suara",
        "juara", "pos kota", "poskota", "poskotanews", "rimanews", "kumparan", "jpnn", "bisnis", "kontan", "beritasatu",
        "media indonesia", "metrotvnews", "metro tv", "inews", "idn times", "bola", "goal", "tirto", "the jakarta post",
        "jawa pos", "jawapos", "reuters", "afp", "ap", "xinhua", "bbc", "bbc indonesia", "voa", "voa indonesia",
        "dailysocial", "rmol", "gatra", "harian jogja", "suara merdeka", "pikiran rakyat", "bernama", "kyodo", "anadolu",
        // Foreign outlets that Indonesian news cites by name ("TMZ melaporkan", "seperti dilaporkan Bloomberg").
        "cnn", "tmz", "nme", "bloomberg", "yonhap", "al jazeera", "associated press", "daily mail", "the guardian",
        "new york times", "the new york times", "washington post", "the washington post", "sky sports", "espn",
    });

    /// <summary>True when <paramref name="name"/> names an outlet: a known name, or a web address such as <c>Suara.com</c>.</summary>
    public static bool IsOutlet(ReadOnlySpan<char> name)
    {
        name = name.Trim();
        if (name.IsEmpty) return false;
        foreach (var domain in (ReadOnlySpan<string>)[".com", ".co.id", ".net", ".id", ".co", ".org", ".tv"])
        {
            if (name.EndsWith(domain, StringComparison.OrdinalIgnoreCase) && name.Length > domain.Length) return true;
        }

        return Names.Contains(name);
    }
}
