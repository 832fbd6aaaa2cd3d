namespace IndoNews.NLP.Entities.Values;

/// <summary>Currency markers written before (<c>Rp</c>, <c>US$</c>) or after (<c>dolar AS</c>, <c>rupiah</c>) an amount, with their ISO 4217 codes.</summary>
internal static class Currencies
{
    // Longest first, lower case; matched case-insensitively. A code may carry the dollar sign too ("AUD$ 20", "SG$ 5").
    public static readonly (string Marker, string Code)[] Prefixes =
    [
        ("us$", "USD"), ("usd", "USD"), ("sin$", "SGD"), ("sgd$", "SGD"), ("sg$", "SGD"), ("s$", "SGD"), ("sgd", "SGD"), ("aud$", "AUD"), ("au$", "AUD"), ("a$", "AUD"), ("aud", "AUD"), ("hk$", "HKD"),
        ("rp.", "IDR"), ("rp", "IDR"), ("idr", "IDR"), ("rm", "MYR"), ("myr", "MYR"), ("eur", "EUR"), ("€", "EUR"),
        ("gbp", "GBP"), ("£", "GBP"), ("jpy", "JPY"), ("¥", "JPY"), ("$", "USD"),
    ];

    public static readonly (string Marker, string Code)[] Suffixes =
    [
        ("dolar amerika serikat", "USD"), ("dollar amerika serikat", "USD"), ("dolar amerika", "USD"), ("dollar amerika", "USD"),
        ("dolar as", "USD"), ("dollar as", "USD"), ("dolar singapura", "SGD"), ("dolar australia", "AUD"),
        ("dolar hong kong", "HKD"), ("dolar", "USD"), ("dollar", "USD"), ("rupiah", "IDR"), ("euro", "EUR"),
        ("pound sterling", "GBP"), ("poundsterling", "GBP"), ("pounds", "GBP"), ("pound", "GBP"), ("yen", "JPY"),
        ("yuan", "CNY"), ("renminbi", "CNY"), ("ringgit", "MYR"), ("baht", "THB"), ("peso", "PHP"), ("rupee", "INR"),
        ("riyal", "SAR"), ("usd", "USD"), ("idr", "IDR"),
    ];
}
