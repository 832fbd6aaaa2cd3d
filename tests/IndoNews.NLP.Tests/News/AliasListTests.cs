using IndoNews.NLP.News;

namespace IndoNews.NLP.Tests.News;

public class AliasListTests
{
    [Fact]
    public void The_shipped_list_loads_and_knows_common_news_acronyms()
    {
        var list = AliasList.Default;
        Assert.True(list.Entries.Count > 200);
        Assert.True(list.TryGetEntry("kpk", out var kpk));
        Assert.Equal("Komisi Pemberantasan Korupsi", kpk.Canonical);
        Assert.True(list.TryGetEntry("  Amerika   Serikat ", out var us));
        Assert.Contains("AS", us.Aliases);
        Assert.False(list.TryGetEntry("Kabupaten Bogor", out _));
    }

    [Fact]
    public void Every_shipped_line_has_a_known_label_and_no_name_belongs_to_two_entries()
    {
        // The constructor rejects a name in two entries; loading without an exception is the check.
        var list = AliasList.Load(Path.Combine(SharedData.RepoRoot, "data", "news", "aliases.tsv"));
        Assert.All(list.Entries, e => Assert.Contains(e.Label, new[] { EntityLabels.Person, EntityLabels.Location, EntityLabels.Organization }));
    }

    [Fact]
    public void A_missing_file_is_reported_as_not_found()
    {
        var e = Assert.Throws<FileNotFoundException>(() => AliasList.Load(Path.Combine(Path.GetTempPath(), "no-such-folder-7f3a", "aliases.tsv")));
        Assert.Contains("aliases.tsv", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_UTF8_is_refused_instead_of_read_with_replacement_characters()
    {
        string path = Path.Combine(Path.GetTempPath(), $"aliases-{Guid.NewGuid():N}.tsv");
        File.WriteAllBytes(path, [.. System.Text.Encoding.UTF8.GetBytes("ORG\tKomisi Pemberantasan Korupsi\tKPK|"), 0xFF, 0xFE, (byte)'K', (byte)'P', (byte)'\n']);
        try
        {
            var e = Assert.Throws<FormatException>(() => AliasList.Load(path));
            Assert.Contains("not valid UTF-8", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Malformed_lines_are_reported_with_their_line_number()
    {
        var e = Assert.Throws<FormatException>(() => AliasList.Parse(new StringReader("# comment\nORG\tKomisi Pemberantasan Korupsi\tKPK\nORG only two fields\n"), "test.tsv"));
        Assert.Contains("test.tsv:3", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_in_two_entries_is_rejected()
    {
        var e = Assert.Throws<FormatException>(() => AliasList.Parse(new StringReader("ORG\tMahkamah Agung\tMA\nORG\tMajelis Adat\tma\n")));
        Assert.Contains("'ma'", e.Message, StringComparison.Ordinal);
    }
}
