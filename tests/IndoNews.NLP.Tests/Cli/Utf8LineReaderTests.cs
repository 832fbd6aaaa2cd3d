using System.Text;
using IndoNews.NLP.Cli.IO;

namespace IndoNews.NLP.Tests.Cli;

/// <summary>The CLI's line reader ends lines at <c>\n</c>, <c>\r\n</c> and a lone <c>\r</c>, wherever its reads split the bytes.</summary>
public class Utf8LineReaderTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4096)]
    public void Every_kind_of_line_end_ends_a_line_whatever_the_reads(int bytesPerRead)
    {
        const string text = "Joko\tB-PER\r\nWidodo\tI-PER\rtiba\tO\n\rIa\tO\r\r\npergi";
        var lines = Read(text, bytesPerRead);
        Assert.Equal(["Joko\tB-PER", "Widodo\tI-PER", "tiba\tO", string.Empty, "Ia\tO", string.Empty, "pergi"], lines.Select(l => l.Text));
        Assert.Equal(["\r\n", "\r", "\n", "\r", "\r", "\r\n", string.Empty], lines.Select(l => l.LineBreak));
        Assert.Equal(text, string.Concat(lines.Select(l => l.Text + l.LineBreak)));
        Assert.Equal([1L, 2, 3, 4, 5, 6, 7], lines.Select(l => l.Number));
        Assert.Equal(text.IndexOf("Ia", StringComparison.Ordinal), lines[4].ByteOffset);
    }

    [Fact]
    public void A_carriage_return_last_in_the_input_ends_its_line()
    {
        var lines = Read("makanan\rpermainan\r", 1);
        Assert.Equal(["makanan", "permainan"], lines.Select(l => l.Text));
        Assert.Equal(["\r", "\r"], lines.Select(l => l.LineBreak));
    }

    [Fact]
    public void A_line_longer_than_the_buffer_arrives_whole_through_small_reads()
    {
        string word = new('a', 200_000);
        var lines = Read(word + "\r" + word, 1000);
        Assert.Equal([word, word], lines.Select(l => l.Text));
    }

    private static List<InputLine> Read(string text, int bytesPerRead)
    {
        using var reader = new Utf8LineReader(new TrickleStream(Encoding.UTF8.GetBytes(text), bytesPerRead), "in.txt", lenient: false);
        return [.. reader.ReadLines()];
    }

    // A pipe's reads: at most a few bytes each, so a CR and its LF can arrive apart.
    private sealed class TrickleStream(byte[] bytes, int bytesPerRead) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, bytesPerRead));
    }
}
