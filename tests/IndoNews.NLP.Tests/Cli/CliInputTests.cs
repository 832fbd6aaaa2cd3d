using System.Text;
using IndoNews.NLP.Cli;
using IndoNews.NLP.Cli.IO;

namespace IndoNews.NLP.Tests.Cli;

/// <summary>
/// <see cref="CliInput.ReadAllText(string?, bool, out long)"/> reads a file into a string of its text's length (read twice,
/// measured then copied): the text is the file's own, line breaks as written, a UTF-8 BOM dropped, invalid UTF-8 an error
/// or, with --lenient, U+FFFD counted.
/// </summary>
public sealed class CliInputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("indonews-cliinput-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string WriteFile(params byte[][] parts)
    {
        string path = Path.Combine(_dir, "in.txt");
        File.WriteAllBytes(path, [.. parts.SelectMany(p => p)]);
        return path;
    }

    private static byte[] U(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void Line_breaks_of_every_kind_stay_as_written()
    {
        const string text = "MOSKOW - Menteri Luar Negeri Rusia Sergei Lavrov menuduh AS.\r\nLavrov bertemu John Kerry.\rDi Moskow, Sabtu (2/7).\n\nSelesai";
        string path = WriteFile(U(text));
        Assert.Equal(text, CliInput.ReadAllText(path, lenient: false, out long replaced));
        Assert.Equal(0, replaced);
        Assert.Equal(text, CliInput.ReadAllTextStrict(path));
    }

    [Fact]
    public void A_bom_is_dropped_and_an_empty_or_bom_only_file_is_empty()
    {
        Assert.Equal("Halo dunia.\n", CliInput.ReadAllText(WriteFile([0xEF, 0xBB, 0xBF], U("Halo dunia.\n")), lenient: false, out _));
        Assert.Equal(string.Empty, CliInput.ReadAllText(WriteFile([0xEF, 0xBB, 0xBF]), lenient: false, out _));
        Assert.Equal(string.Empty, CliInput.ReadAllText(WriteFile([]), lenient: false, out long replaced));
        Assert.Equal(0, replaced);
    }

    [Fact]
    public void Invalid_utf8_is_replaced_and_counted_when_lenient_and_an_error_otherwise()
    {
        string path = WriteFile(U("Halo dunia.\n"), [0xFF, 0xFE], U("abc "), [0xC3], U("\nCaf"), [0xE9]);
        Assert.Equal("Halo dunia.\n\uFFFD\uFFFDabc \uFFFD\nCaf\uFFFD", CliInput.ReadAllText(path, lenient: true, out long replaced));
        Assert.Equal(4, replaced);

        var error = Assert.Throws<CliException>(() => CliInput.ReadAllText(path, lenient: false, out _));
        Assert.Equal($"{path}:2: invalid UTF-8 at byte offset 12 (use --lenient to replace invalid bytes).", error.Message);
        error = Assert.Throws<CliException>(() => CliInput.ReadAllTextStrict(path));
        Assert.Equal($"{path}:2: invalid UTF-8 at byte offset 12.", error.Message);
    }

    [Fact]
    public void A_text_longer_than_the_reader_buffer_arrives_whole()
    {
        // Lines across many 64 KiB reads, with multi-byte characters (é, the em dash) split between reads somewhere.
        var sb = new StringBuilder();
        for (int i = 0; i < 20_000; i++) sb.Append("Kafé ke-").Append(i).Append(" — Jakarta, Sabtu (2/7).").Append(i % 3 == 0 ? "\r\n" : "\n");
        string text = sb.ToString();
        Assert.Equal(text, CliInput.ReadAllText(WriteFile(U(text)), lenient: false, out long replaced));
        Assert.Equal(0, replaced);
    }
}
