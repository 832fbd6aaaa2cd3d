using System.Text;
using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Stopwords;

/// <summary>
/// An immutable, case-insensitive set of Indonesian stopwords with allocation-free span lookups.
/// <see cref="Default"/> is the shipped list (<c>indonews-data/stopwords/stopwords-id.txt</c>: curated
/// function words plus the words found in at least a fifth of the IndoSum news articles).
/// </summary>
/// <example>
/// <code>
/// bool stop = IndonesianStopwords.Default.Contains("Yang".AsSpan()); // true
/// var mine = IndonesianStopwords.FromWords(["yang", "di", "ke"]);
/// </code>
/// </example>
public sealed class IndonesianStopwords : IStopwordList
{
    /// <summary>Path of the shipped list, relative to the data folder.</summary>
    internal const string DataFile = "stopwords/stopwords-id.txt";

    private static readonly RetryingLazy<IndonesianStopwords> DefaultList = new(() => Load(DataFiles.Resolve(DataFile)));

    private readonly IgnoreCaseWordSet _set;

    private IndonesianStopwords(IgnoreCaseWordSet set)
    {
        _set = set;
        Words = Array.AsReadOnly(set.Words);
    }

    /// <summary>The shipped Indonesian stopword list, loaded on first use.</summary>
    /// <exception cref="FileNotFoundException">The shipped data file is missing (on first use).</exception>
    public static IndonesianStopwords Default => DefaultList.Value;

    /// <summary>Number of distinct stopwords.</summary>
    public int Count => _set.Count;

    /// <summary>The stopwords as given (one spelling per word, ignoring case), in ordinal order.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>Creates a list from the given words; case is ignored, blank entries are skipped.</summary>
    /// <param name="words">The stopwords.</param>
    /// <returns>The list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="words"/> is null.</exception>
    /// <exception cref="ArgumentException">A word contains white space.</exception>
    public static IndonesianStopwords FromWords(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var list = new List<string>();
        foreach (string? word in words)
        {
            if (string.IsNullOrWhiteSpace(word)) continue;
            string trimmed = word.Trim();
            if (trimmed.AsSpan().IndexOfAny(" \t\r\n\f\v") >= 0)
            {
                throw new ArgumentException($"A stopword must be one word; got '{trimmed}'.", nameof(words));
            }

            list.Add(trimmed);
        }

        return new IndonesianStopwords(new IgnoreCaseWordSet(list));
    }

    /// <summary>Loads a list from a UTF-8 file with one word per line; lines starting with <c>#</c> are comments.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">A line holds more than one word, or the file is not UTF-8.</exception>
    public static IndonesianStopwords Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var words = WordListFile.Read(path, "Stopword list", "stopword");
        return new IndonesianStopwords(new IgnoreCaseWordSet(words));
    }

    /// <inheritdoc />
    public bool Contains(ReadOnlySpan<char> word) => _set.Contains(word);
}
