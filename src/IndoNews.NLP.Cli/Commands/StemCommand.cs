using System.CommandLine;
using IndoNews.NLP.Cli.IO;

namespace IndoNews.NLP.Cli.Commands;

/// <summary><c>indonews stem</c>: one word per line in, <c>word&lt;TAB&gt;stem</c> per line out.</summary>
internal static class StemCommand
{
    public static Command Create()
    {
        var file = CommonOptions.InputFile();
        var mode = StemModes.Mode();
        var lexicon = StemModes.Lexicon();
        var lemmaStyle = CommonOptions.LemmaStyle();
        var output = CommonOptions.Output();
        var lenient = CommonOptions.Lenient();
        var command = new Command("stem", "Stem words: one word per line in, 'word<TAB>stem' per line out (the word exactly as read).")
        {
            file, mode, lexicon, lemmaStyle, output, lenient,
        };
        CommandRunner.SetAction(command, (parse, cancellationToken) =>
        {
            StemModes.CheckLemmaStyle(parse, mode, lemmaStyle);
            CommonOptions.RefuseSameFile([("--output", parse.GetValue(output))], [("the input", parse.GetValue(file)), ("--lexicon", parse.GetValue(lexicon))]);
            string path = parse.GetValue(file) ?? "-";
            var (stem, _) = StemModes.Create(parse.GetValue(mode)!, parse.GetValue(lexicon), parse.GetValue(lemmaStyle)!);
            using var sink = AtomicOutput.Open(parse.GetValue(output));
            using var reader = CliInput.OpenLines(path, parse.GetValue(lenient));
            var writer = sink.Writer;
            long count = 0;
            foreach (var line in reader.ReadLines())
            {
                writer.Write(line.Text);
                writer.Write('\t');
                writer.Write(stem(line.Text));
                writer.Write('\n');
                if ((++count & 0xFFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
            }

            CliInput.WarnReplaced(reader.ReplacedSequences, CliInput.DisplayName(path));
            cancellationToken.ThrowIfCancellationRequested();
            sink.Commit();
            return ExitCodes.Success;
        });
        return command;
    }
}
