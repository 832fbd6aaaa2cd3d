using System.CommandLine;
using System.Text;
using IndoNews.NLP.Cli;
using IndoNews.NLP.Cli.Commands;
using IndoNews.NLP.Cli.IO;
using IndoNews.NLP.Stemming;
using IndoNews.NLP.Tests.Properties;
using IndoNews.NLP.Tokenization;

namespace IndoNews.NLP.Fuzz;

/// <summary>The fuzz targets, one per component, selected by name on the command line.</summary>
public static class FuzzTargets
{
    public static IReadOnlyList<FuzzTarget> All { get; } =
    [
        new("tokenizer", "NewsTokenizer (news and UD-GSD styles) + the token invariants", bytes =>
        {
            string text = Text(bytes);
            foreach (var tokenizer in new[] { NewsTokenizer.Default, NewsTokenizer.UdGsd })
            {
                var tokens = new TokenList();
                tokenizer.Tokenize(text, tokens);
                DocumentInvariants.CheckTokens(text, tokens.AsSpan());
            }
        }),
        new("pipeline", "Pipeline.Default.Process + every document invariant + ToJson", bytes =>
        {
            string text = Text(bytes);
            var document = Pipeline.Default.Process(text, new AnalyzeOptions { PublishedAt = new DateOnly(2016, 7, 4) });
            DocumentInvariants.Check(text, document);
            _ = document.ToJson();
        }),
        new("stemmer", "SastrawiStemmer and RootStemmer on the whole input and on each word", bytes =>
        {
            string text = Text(bytes);
            foreach (IStemmer stemmer in new IStemmer[] { SastrawiStemmer.Default, RootStemmer.Default })
            {
                if (stemmer.Stem(text) is null) throw new FuzzCrashException($"{stemmer.GetType().Name} returned null");
                foreach (string word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
                {
                    if (stemmer.Stem(word) is null) throw new FuzzCrashException($"{stemmer.GetType().Name} returned null");
                }
            }
        }),
        new("lexicon", "RootLexicon.FromFile on the input as a root-word file, then stemming with it", bytes =>
        {
            string path = TempFile(bytes, "lexicon.txt");
            var stemmer = SastrawiStemmer.FromLexicon(path);
            _ = stemmer.Stem("mempermainkannya");
            _ = new RootStemmer(stemmer.Lexicon).Stem("pertanggungjawabannya");
        }, typeof(InvalidDataException)),
        new("reader", "the CLI's UTF-8 line reader, strict and lenient", bytes =>
        {
            ReadAll(bytes, lenient: true);
            try
            {
                ReadAll(bytes, lenient: false);
            }
            catch (Exception e) when (e.GetType().Name == "CliException")
            {
                // Strict mode rejects invalid UTF-8 with a message; lenient mode must not.
            }
        }),
        new("cli-text", "indonews analyze FILE (text input; strict, then --lenient; json and conllu)", bytes =>
        {
            string path = TempFile(bytes, "input.txt");
            Cli("analyze", path, "-o", Out("out.json"));
            Cli("analyze", "--lenient", "--format", "conllu", path, "-o", Out("out.conllu"));
        }),
        new("cli-jsonl", "indonews analyze --input jsonl FILE (strict, then --lenient)", bytes =>
        {
            string path = TempFile(bytes, "input.jsonl");
            Cli("analyze", "--input", "jsonl", "--format", "jsonl", "--parallel", "1", path, "-o", Out("out.jsonl"));
            Cli("analyze", "--lenient", "--input", "jsonl", "--format", "conllu", "--parallel", "1", path, "-o", Out("out.conllu"));
        }),
        new("cli-conll", "indonews tag --format conll FILE (pre-tokenised CoNLL, --lenient)", bytes =>
        {
            string path = TempFile(bytes, "input.conll");
            Cli("tag", "--format", "conll", "--lenient", path, "-o", Out("tags.conll"));
        }),
        new("model", "indonews tag --model FILE: the input as an entity model file", bytes =>
        {
            string model = TempFile(bytes, "model.bin");
            string input = TempFile(Encoding.UTF8.GetBytes("Lavrov\nbertemu\nKerry\ndi\nMoskow\n.\n\n"), "tokens.conll");
            Cli("tag", "--model", model, input, "-o", Out("tags.conll"));
        }),
        new("cli-stem", "indonews stem FILE (one word per line)", bytes =>
        {
            string path = TempFile(bytes, "words.txt");
            Cli("stem", "--lenient", path, "-o", Out("stems.tsv"));
        }),
    ];

    public static FuzzTarget Get(string name) => All.FirstOrDefault(t => t.Name == name)
        ?? throw new ArgumentException($"No fuzz target '{name}'. Targets: {string.Join(", ", All.Select(t => t.Name))}.", nameof(name));

    /// <summary>
    /// Bytes to text. The first byte picks the decoding: even → UTF-8 with replacement (what the CLI
    /// produces), odd → the rest as raw UTF-16 code units (lone surrogates and all, what library callers can pass).
    /// </summary>
    public static string Text(byte[] bytes)
    {
        if (bytes.Length == 0) return string.Empty;
        if ((bytes[0] & 1) == 0) return Encoding.UTF8.GetString(bytes, 1, bytes.Length - 1);
        var chars = new char[(bytes.Length - 1) / 2];
        for (int i = 0; i < chars.Length; i++) chars[i] = (char)(bytes[1 + 2 * i] | (bytes[2 + 2 * i] << 8));
        return new string(chars);
    }

    private static readonly string WorkDir = Directory.CreateTempSubdirectory("indonews-fuzz-").FullName;

    private static string TempFile(byte[] bytes, string name)
    {
        string path = Path.Combine(WorkDir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static string Out(string name) => Path.Combine(WorkDir, name);

    private static void ReadAll(byte[] bytes, bool lenient)
    {
        using var reader = new Utf8LineReader(new MemoryStream(bytes), "fuzz", lenient);
        long expected = 1;
        foreach (var line in reader.ReadLines())
        {
            if (line.Number != expected++) throw new FuzzCrashException($"line numbers jump to {line.Number}");
            if (line.Text.Contains('\n', StringComparison.Ordinal)) throw new FuzzCrashException("a line holds a line break");
            if (line.ByteOffset < 0 || line.ByteOffset > bytes.Length) throw new FuzzCrashException($"byte offset {line.ByteOffset} outside the input");
        }
    }

    private static readonly Lazy<RootCommand> Root = new(CliRoot.Create);

    // Runs the CLI in-process. Exit 0 (success), 1 (bad input, explained) and 2 (usage) are clean; 70 is an
    // internal error (an exception the command did not expect) and anything else is a bug too.
    private static void Cli(params string[] args)
    {
        var error = new StringWriter();
        var previous = Console.Error;
        Console.SetError(error);
        int exit;
        try
        {
            exit = Root.Value.Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = TextWriter.Null, Error = error, ProcessTerminationTimeout = null });
        }
        finally
        {
            Console.SetError(previous);
        }

        if (exit is not (ExitCodes.Success or ExitCodes.InvalidInput)) throw new FuzzCrashException($"indonews {string.Join(' ', args)} exited {exit}: {error}");
        foreach (string leftover in Directory.GetFiles(WorkDir, ".*.tmp"))
        {
            throw new FuzzCrashException($"temporary output left behind: {leftover}");
        }
    }
}
