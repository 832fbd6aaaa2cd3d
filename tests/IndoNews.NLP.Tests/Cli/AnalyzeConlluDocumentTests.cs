using IndoNews.NLP.Cli;

namespace IndoNews.NLP.Tests.Cli;

/// <summary>
/// <c>analyze --input jsonl --format conllu</c>: each document's <c># newdoc id</c> (its <c>id</c> field, else its
/// input line) comes right before its own first sentence, and a document without sentences leaves no comment behind.
/// </summary>
public class AnalyzeConlluDocumentTests
{
    [Fact]
    public void An_empty_document_writes_no_newdoc_comment_and_the_next_document_keeps_its_own()
    {
        using var cli = new CliProcess();
        var result = cli.Run(["analyze", "--input", "jsonl", "--format", "conllu", "--no-news"], CliGoldenTests.Bytes("{\"text\":\"\"}\n{\"text\":\"Satu.\"}\n{\"text\":\"  \"}\n{\"text\":\"Dua.\"}\n"));
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(
            "# newdoc id = 2\n# sent_id = 1\n# text = Satu.\n1\tSatu\tsatu\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n2\t.\t.\t_\t_\t_\t_\t_\t_\t_\n\n" +
            "# newdoc id = 4\n# sent_id = 2\n# text = Dua.\n1\tDua\tdua\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n2\t.\t.\t_\t_\t_\t_\t_\t_\t_\n\n",
            result.StdoutText);
    }

    [Fact]
    public void Newdoc_comes_once_per_document_before_its_first_sentence()
    {
        using var cli = new CliProcess();
        var result = cli.Run(["analyze", "--input", "jsonl", "--format", "conllu", "--no-news"], CliGoldenTests.Bytes("{\"text\":\"Satu. Dua.\"}\n{\"text\":\"Tiga.\"}\n"));
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        string[] comments = result.StdoutText.Split('\n').Where(l => l.StartsWith("# newdoc", StringComparison.Ordinal) || l.StartsWith("# sent_id", StringComparison.Ordinal)).ToArray();
        Assert.Equal(["# newdoc id = 1", "# sent_id = 1", "# sent_id = 2", "# newdoc id = 2", "# sent_id = 3"], comments);
    }

    [Fact]
    public void Newdoc_id_is_the_id_field_of_the_line_when_it_is_a_string_or_a_number()
    {
        using var cli = new CliProcess();
        string input =
            "{\"id\":\"1471852823-belum-sebulan-penjualan-toyota-calya\",\"text\":\"Penjualan Toyota Calya melampaui target.\"}\n" +
            "{\"text\":\"Presiden Joko Widodo tiba di Bandung.\",\"id\":42}\n" +
            "{\"text\":\"Tanpa nomor.\"}\n" +
            "{\"id\":null,\"text\":\"Nomor kosong.\"}\n" +
            "{\"id\":{\"sumber\":\"suara\"},\"text\":\"Nomor berupa objek.\"}\n" +
            "{\"id\":\"\",\"text\":\"Nomor teks kosong.\"}\n" +
            "{\"id\":\"baris\\nbaru\",\"text\":\"Nomor dua baris.\"}\n" +
            "{\"id\":1.5e3,\"text\":\"Nomor pecahan.\"}\n";
        var result = cli.Run(["analyze", "--input", "jsonl", "--format", "conllu", "--no-news"], CliGoldenTests.Bytes(input));
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        string[] ids = result.StdoutText.Split('\n').Where(l => l.StartsWith("# newdoc", StringComparison.Ordinal)).ToArray();
        Assert.Equal(
            [
                "# newdoc id = 1471852823-belum-sebulan-penjualan-toyota-calya",
                "# newdoc id = 42",
                "# newdoc id = 3",
                "# newdoc id = 4",
                "# newdoc id = 5",
                "# newdoc id = 6",
                "# newdoc id = baris baru",
                "# newdoc id = 1.5e3",
            ],
            ids);

        // The JSON Lines output is unchanged by it: the id passes through as it was.
        var jsonl = cli.Run(["analyze", "--input", "jsonl", "--no-news"], CliGoldenTests.Bytes(input));
        Assert.Contains("\"id\":42}", jsonl.StdoutText, StringComparison.Ordinal);
    }
}
