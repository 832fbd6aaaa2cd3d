using IndoNews.NLP.Cli;

namespace IndoNews.NLP.Tests.Cli;

/// <summary>
/// <c>analyze --input jsonl --format conllu</c>: each document's <c># newdoc id</c> (its input line) comes
/// right before its own first sentence, and a document without sentences leaves no comment behind.
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
}
