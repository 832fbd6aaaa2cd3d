using System.Text;
using IndoNews.NLP.Cli;

namespace IndoNews.NLP.Tests.Cli;

/// <summary>
/// <c>-o LINK</c> where LINK is a symbolic link writes the file the link ends at, atomically (a temporary file beside
/// that file, renamed onto it), as the shell's <c>&gt;</c> does, and leaves the link a link. A dangling link creates
/// its target when the target's folder exists; otherwise, and for a ring of links, the command says so.
/// </summary>
public class OutputSymlinkTests
{
    private const string Berita = "Presiden Joko Widodo meresmikan Bendungan Karian di Lebak, Banten.\n";

    [Fact]
    public void A_link_with_a_relative_target_in_another_folder_has_its_target_written_and_stays_a_link()
    {
        if (OperatingSystem.IsWindows()) Assert.Skip("Symbolic links need privileges on Windows.");
        using var cli = new CliProcess();
        cli.WriteFile("berita.txt", Berita);
        Directory.CreateDirectory(cli.PathOf("hasil"));
        File.WriteAllText(cli.PathOf("hasil/analisis.json"), "lama\n");
        File.CreateSymbolicLink(cli.PathOf("keluaran.json"), "hasil/analisis.json");

        var result = cli.Run(["analyze", "berita.txt", "-o", "keluaran.json"]);
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal("hasil/analisis.json", new FileInfo(cli.PathOf("keluaran.json")).LinkTarget);
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(cli.PathOf("hasil/analisis.json")));
        Assert.Equal(Berita, json.RootElement.GetProperty("text").GetString());

        // No temporary file is left beside the link or the target.
        Assert.Equal(["berita.txt", "keluaran.json"], cli.Files());
        Assert.Equal(["analisis.json"], Directory.GetFiles(cli.PathOf("hasil")).Select(Path.GetFileName));
    }

    [Fact]
    public void A_chain_of_links_is_followed_to_its_last_file()
    {
        if (OperatingSystem.IsWindows()) Assert.Skip("Symbolic links need privileges on Windows.");
        using var cli = new CliProcess();
        cli.WriteFile("kata.txt", "mempermainkan\nbukunya\n");
        Directory.CreateDirectory(cli.PathOf("a"));
        cli.WriteFile("akar.tsv", "lama\n");
        File.CreateSymbolicLink(cli.PathOf("a/kedua.tsv"), "../akar.tsv");
        File.CreateSymbolicLink(cli.PathOf("pertama.tsv"), cli.PathOf("a/kedua.tsv"));

        var result = cli.Run(["stem", "kata.txt", "-o", "pertama.tsv"]);
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal("mempermainkan\tmain\nbukunya\tbuku\n", File.ReadAllText(cli.PathOf("akar.tsv")));
        Assert.NotNull(new FileInfo(cli.PathOf("pertama.tsv")).LinkTarget);
        Assert.NotNull(new FileInfo(cli.PathOf("a/kedua.tsv")).LinkTarget);
    }

    [Fact]
    public void A_dangling_link_creates_its_target_as_redirection_does()
    {
        if (OperatingSystem.IsWindows()) Assert.Skip("Symbolic links need privileges on Windows.");
        using var cli = new CliProcess();
        cli.WriteFile("berita.txt", Berita);
        File.CreateSymbolicLink(cli.PathOf("keluaran.conllu"), "baru.conllu");

        var result = cli.Run(["analyze", "--format", "conllu", "berita.txt", "-o", "keluaran.conllu"]);
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.StartsWith("# sent_id = 1\n# text = Presiden Joko Widodo", File.ReadAllText(cli.PathOf("baru.conllu")), StringComparison.Ordinal);
        Assert.Equal("baru.conllu", new FileInfo(cli.PathOf("keluaran.conllu")).LinkTarget);
    }

    [Fact]
    public void A_dangling_link_into_a_missing_folder_or_a_ring_of_links_is_refused_with_its_reason()
    {
        if (OperatingSystem.IsWindows()) Assert.Skip("Symbolic links need privileges on Windows.");
        using var cli = new CliProcess();
        cli.WriteFile("berita.txt", Berita);
        File.CreateSymbolicLink(cli.PathOf("hilang.json"), "tidak-ada/keluaran.json");
        var missing = cli.Run(["analyze", "berita.txt", "-o", "hilang.json"]);
        Assert.Equal(ExitCodes.InvalidInput, missing.ExitCode);
        Assert.Equal($"indonews: hilang.json: cannot write: it is a symbolic link to '{cli.PathOf("tidak-ada/keluaran.json")}', whose folder does not exist.\n", missing.Stderr.ReplaceLineEndings("\n"));

        File.CreateSymbolicLink(cli.PathOf("satu.json"), "dua.json");
        File.CreateSymbolicLink(cli.PathOf("dua.json"), "satu.json");
        var ring = cli.Run(["analyze", "berita.txt", "-o", "satu.json"]);
        Assert.Equal(ExitCodes.InvalidInput, ring.ExitCode);
        Assert.Equal("indonews: satu.json: cannot write: too many levels of symbolic links.\n", ring.Stderr.ReplaceLineEndings("\n"));
        Assert.Equal(["berita.txt", "dua.json", "hilang.json", "satu.json"], cli.Files());
    }

    [Fact]
    public void An_output_linked_to_the_input_is_refused_and_the_input_kept()
    {
        if (OperatingSystem.IsWindows()) Assert.Skip("Symbolic links need privileges on Windows.");
        using var cli = new CliProcess();
        cli.WriteFile("berita.txt", Berita);
        File.CreateSymbolicLink(cli.PathOf("keluaran.json"), "berita.txt");
        var result = cli.Run(["analyze", "berita.txt", "-o", "keluaran.json"]);
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal("indonews: --output and the input name the same file 'keluaran.json': give --output a file of its own.\n", result.Stderr.ReplaceLineEndings("\n"));
        Assert.Equal(Berita, File.ReadAllText(cli.PathOf("berita.txt"), Encoding.UTF8));
    }
}
