using System.CommandLine;
using IndoNews.NLP.Cli.IO;
using IndoNews.NLP.Entities;

namespace IndoNews.NLP.Cli.Commands;

/// <summary>
/// <c>indonews tag --format conll</c>: tags pre-tokenised sentences (one token per line, the token in
/// the first field, a blank line between sentences) and writes <c>token&lt;TAB&gt;TAG</c> lines with
/// BIO tags for PER, LOC and ORG. Tokens are taken as given.
/// </summary>
internal static class TagCommand
{
    public static Command Create()
    {
        var file = CommonOptions.InputFile("Pre-tokenised input: one token per line (first field, split on TAB, or on spaces when the line has no TAB), a blank line after each sentence; '-' or none reads standard input.");
        var format = new Option<string>("--format", "-f") { Description = "Input and output format: conll.", DefaultValueFactory = _ => "conll" }.AcceptOnlyFromAmong("conll");
        var model = NerModelOption.Create();
        var output = CommonOptions.Output();
        var lenient = CommonOptions.Lenient();
        var command = new Command("tag", "Tag named entities (PER, LOC, ORG) in pre-tokenised sentences; writes token<TAB>TAG per token and a blank line after each sentence.")
        {
            file, format, model, output, lenient,
        };
        CommandRunner.SetAction(command, (parse, cancellationToken) =>
        {
            CommonOptions.RefuseSameFile([("--output", parse.GetValue(output))], [("the input", parse.GetValue(file)), ("--model", parse.GetValue(model))]);
            var tagger = NerModelOption.Load(parse.GetValue(model));
            string path = parse.GetValue(file) ?? "-";
            using var reader = CliInput.OpenLines(path, parse.GetValue(lenient));
            using var sink = AtomicOutput.Open(parse.GetValue(output));
            Write(tagger, reader.ReadLines(), sink.Writer, cancellationToken);
            CliInput.WarnReplaced(reader.ReplacedSequences, CliInput.DisplayName(path));
            sink.Commit();
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Tags every sentence of <paramref name="lines"/> and writes the CoNLL output.</summary>
    public static void Write(EntityTagger tagger, IEnumerable<InputLine> lines, TextWriter writer, CancellationToken cancellationToken)
    {
        var state = new TaggerState();
        var tokens = new List<string>();
        byte[] tags = new byte[64];

        void Flush()
        {
            if (tokens.Count == 0) return;
            if (tags.Length < tokens.Count) tags = new byte[tokens.Count * 2];
            var span = tags.AsSpan(0, tokens.Count);
            tagger.Tag(tokens, state, span);
            for (int i = 0; i < tokens.Count; i++)
            {
                writer.Write(tokens[i]);
                writer.Write('\t');
                writer.Write(BioTags.Name(span[i]));
                writer.Write('\n');
            }

            writer.Write('\n');
            tokens.Clear();
            cancellationToken.ThrowIfCancellationRequested();
        }

        foreach (var line in lines)
        {
            string text = line.Text;
            if (string.IsNullOrWhiteSpace(text))
            {
                Flush();
                continue;
            }

            if (text.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                Flush();
                writer.Write(text.TrimEnd('\r'));
                writer.Write("\n\n");
                continue;
            }

            tokens.Add(ConllNerParser.SplitFields(text.TrimEnd('\r')).Token);
        }

        Flush();
    }
}
