using Microsoft.ML;
using Microsoft.ML.Data;

namespace IndoNews.NLP.ML.Tests;

/// <summary>A text row for the tests' data views.</summary>
public sealed class TextRow
{
    public string Text { get; set; } = string.Empty;
}

/// <summary>A labelled text row.</summary>
public sealed class LabelledRow
{
    public string Text { get; set; } = string.Empty;

    public string Label { get; set; } = string.Empty;
}

internal static class TestData
{
    /// <summary>Short news sentences in two topics, written for these tests.</summary>
    public static LabelledRow[] News { get; } =
    [
        new() { Label = "olahraga", Text = "Persib Bandung mengalahkan Persija Jakarta dengan skor 2-1 dalam laga Liga 1 di Stadion Gelora Bandung Lautan Api." },
        new() { Label = "olahraga", Text = "Pebulu tangkis Indonesia Anthony Ginting melaju ke final turnamen setelah menang tiga gim." },
        new() { Label = "olahraga", Text = "Pelatih tim nasional memanggil 25 pemain untuk pemusatan latihan menjelang Piala AFF." },
        new() { Label = "olahraga", Text = "Gol tunggal di menit terakhir membawa klub itu ke puncak klasemen liga musim ini." },
        new() { Label = "olahraga", Text = "Pembalap muda itu finis di posisi ketiga pada balapan MotoGP di Sirkuit Mandalika." },
        new() { Label = "olahraga", Text = "Pertandingan sepak bola antara kedua tim berakhir imbang tanpa gol di babak kedua." },
        new() { Label = "teknologi", Text = "Perusahaan rintisan itu meluncurkan aplikasi pembayaran digital untuk pedagang kecil di Surabaya." },
        new() { Label = "teknologi", Text = "Ponsel pintar terbaru itu memakai prosesor delapan inti dan baterai 5.000 mAh." },
        new() { Label = "teknologi", Text = "Pengguna internet di Indonesia diminta memperbarui perangkat lunak untuk menutup celah keamanan." },
        new() { Label = "teknologi", Text = "Startup teknologi finansial itu mendapat pendanaan baru dari investor modal ventura." },
        new() { Label = "teknologi", Text = "Layanan komputasi awan membantu perusahaan menyimpan data pelanggan dengan aman." },
        new() { Label = "teknologi", Text = "Aplikasi media sosial itu menambahkan fitur kecerdasan buatan untuk menyunting foto." },
    ];

    public static IDataView Texts(MLContext mlContext, params string[] texts)
        => mlContext.Data.LoadFromEnumerable(texts.Select(t => new TextRow { Text = t }));

    public static string[][] TextVectors(IDataView data, string column)
        => data.GetColumn<string[]>(column).ToArray();
}
