using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace IndoNews.NLP.Fuzz;

/// <summary>
/// A deterministic mutation fuzzer that needs nothing but dotnet, for CI: starts from the seed corpus,
/// applies random byte-level and dictionary mutations (seeded, so a run can be replayed), and records
/// every input that crashes a target or takes longer than <see cref="SlowInput"/>. Not coverage-guided:
/// for that, run the same target under AFL++ (see fuzz/README.md).
/// </summary>
public sealed class MutationFuzzer(FuzzTarget target, IReadOnlyList<byte[]> seeds, int seed, string crashDir)
{
    public static readonly TimeSpan SlowInput = TimeSpan.FromSeconds(5);

    private const int MaxInputBytes = 64 * 1024;

    // Fragments that matter to the components: invalid UTF-8, surrogates, JSON and CoNLL syntax, clitics, abbreviations.
    private static readonly byte[][] Dictionary =
    [
        .. new[]
        {
            "\n", "\r\n", "\t", " ", "\0", "{", "}", "[", "]", "\"", "\\", "\\u", "\\ud800", "\\udc00", "\\ud83d\\ude00", "\"text\":", "{\"text\":\"", "\"}",
            "null", "true", "1e999", "-DOCSTART-", "# text = ", "B-PER", "I-LOC", "O", "-", "--", "'", "’", ".", "...", ",", "(", ")", "/", "%",
            "nya", "ku", "mu", "lah", "kah", "pun", "meng", "memper", "di", "ter", "ber", "ke-", "se-", "-an", "-kan", "anak-anak",
            "Rp", "Rp5", "1.000,50", "2/7", "Sabtu (2/7)", "Dr.", "dll.", "http://", "https://a.id/x?y=1", "@a", "#b", "a@b.id",
            "\u200B", "\u200D", "\u202E", "\uFEFF", "😀", "👨‍👩‍👧", "\u0301", "ﬁ", "İ", "ß",
        }.Select(Encoding.UTF8.GetBytes),
        [0xFF], [0xFE], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0xF4, 0x90, 0x80, 0x80], [0x80], [0xEF, 0xBB, 0xBF], [0x00, 0xD8], [0x00, 0xDC],
    ];

    private readonly Random _random = new(seed);
    private readonly HashSet<string> _knownCrashes = [];

    public int Executions { get; private set; }

    public List<string> Crashes { get; } = [];

    /// <summary>Runs until <paramref name="budget"/> has passed or <paramref name="maxExecutions"/> inputs ran.</summary>
    public void Run(TimeSpan budget, long maxExecutions)
    {
        var clock = Stopwatch.StartNew();
        foreach (var input in seeds) Execute(input); // the seeds themselves first
        var pool = new List<byte[]>(seeds.Count > 0 ? seeds : [[]]);
        while (clock.Elapsed < budget && Executions < maxExecutions)
        {
            var parent = pool[_random.Next(pool.Count)];
            var child = Mutate(parent, pool);
            if (Execute(child) && pool.Count < 4096 && _random.Next(8) == 0) pool.Add(child); // keep some survivors to mutate further
        }
    }

    private bool Execute(byte[] input)
    {
        Executions++;
        var clock = Stopwatch.StartNew();
        try
        {
            target.Run(input);
        }
        catch (Exception e)
        {
            Record(input, $"{e.GetType().FullName}: {e.Message}", e.StackTrace);
            return false;
        }

        if (clock.Elapsed > SlowInput) Record(input, $"slow input: {clock.Elapsed.TotalSeconds:F1} s for {input.Length} bytes", null);
        return true;
    }

    private void Record(byte[] input, string what, string? stack)
    {
        // One report per distinct failure (message without numbers + top frame), however many inputs hit it.
        string firstFrame = stack?.Split('\n').FirstOrDefault()?.Trim() ?? string.Empty;
        string key = new string(what.Where(c => !char.IsDigit(c)).ToArray())[..Math.Min(what.Length, 120)] + "|" + firstFrame;
        if (!_knownCrashes.Add(key)) return;
        Directory.CreateDirectory(crashDir);
        string file = Path.Combine(crashDir, $"{target.Name}-{Convert.ToHexStringLower(SHA256.HashData(input))[..16]}.bin");
        File.WriteAllBytes(file, input);
        string report = $"{target.Name}: {what}\n  input: {file} ({input.Length} bytes)\n  at {firstFrame}";
        Crashes.Add(report);
        Console.WriteLine("CRASH " + report);
    }

    private byte[] Mutate(byte[] parent, List<byte[]> pool)
    {
        var data = new List<byte>(parent);
        int operations = 1 + _random.Next(6);
        for (int op = 0; op < operations; op++)
        {
            switch (_random.Next(9))
            {
                case 0 when data.Count > 0: // flip a bit
                    int i = _random.Next(data.Count);
                    data[i] ^= (byte)(1 << _random.Next(8));
                    break;
                case 1 when data.Count > 0: // random byte
                    data[_random.Next(data.Count)] = (byte)_random.Next(256);
                    break;
                case 2: // insert random bytes
                    data.InsertRange(_random.Next(data.Count + 1), Enumerable.Range(0, 1 + _random.Next(8)).Select(_ => (byte)_random.Next(256)));
                    break;
                case 3 when data.Count > 1: // delete a range
                    int start = _random.Next(data.Count);
                    data.RemoveRange(start, Math.Min(data.Count - start, 1 + _random.Next(32)));
                    break;
                case 4 when data.Count > 0: // repeat a chunk many times (long runs: hyphens, clitic chains, nesting)
                    int from = _random.Next(data.Count);
                    int length = Math.Min(data.Count - from, 1 + _random.Next(8));
                    var chunk = data.GetRange(from, length);
                    int times = 1 << _random.Next(12);
                    for (int k = 0; k < times && data.Count < MaxInputBytes; k++) data.InsertRange(from, chunk);
                    break;
                case 5 or 6: // dictionary token
                    data.InsertRange(_random.Next(data.Count + 1), Dictionary[_random.Next(Dictionary.Length)]);
                    break;
                case 7: // splice with another input
                    var other = pool[_random.Next(pool.Count)];
                    if (other.Length > 0)
                    {
                        int cut = _random.Next(data.Count + 1);
                        int otherCut = _random.Next(other.Length);
                        data.RemoveRange(cut, data.Count - cut);
                        data.AddRange(other.AsSpan(otherCut).ToArray());
                    }

                    break;
                default: // swap the decoding mode of text targets (first byte: even UTF-8, odd UTF-16)
                    if (data.Count > 0) data[0] ^= 1;
                    break;
            }
        }

        if (data.Count > MaxInputBytes) data.RemoveRange(MaxInputBytes, data.Count - MaxInputBytes);
        return [.. data];
    }
}
