namespace IndoNews.NLP.Entities;

/// <summary>
/// The bigram counts that Brown clustering works from: the words (ids 0 to <see cref="WordCount"/> − 1, most
/// frequent first) and, for each, the words seen right after it and right before it in a sentence, with their
/// counts, as compressed rows; and each word's count as the left and as the right word of a bigram. Bigrams with
/// a word outside the vocabulary are not counted, so the marginals sum to <see cref="Total"/> on both sides.
/// </summary>
/// <remarks>Immutable after construction.</remarks>
internal sealed class BrownBigrams
{
    private readonly int[] _nextStart, _nextWord, _nextCount, _previousStart, _previousWord, _previousCount;

    /// <summary>Counts the bigrams of <paramref name="sentences"/> (word ids, −1 for a word outside the vocabulary).</summary>
    /// <param name="wordCount">Size of the vocabulary.</param>
    /// <param name="sentences">Each sentence as vocabulary ids in reading order.</param>
    public BrownBigrams(int wordCount, IEnumerable<int[]> sentences)
    {
        WordCount = wordCount;
        var pairs = new Dictionary<long, int>();
        foreach (int[] sentence in sentences)
        {
            for (int i = 1; i < sentence.Length; i++)
            {
                int left = sentence[i - 1], right = sentence[i];
                if (left < 0 || right < 0) continue;
                long key = (long)left * wordCount + right;
                pairs[key] = pairs.GetValueOrDefault(key) + 1;
            }
        }

        LeftCount = new long[wordCount];
        RightCount = new long[wordCount];
        _nextStart = new int[wordCount + 1];
        _previousStart = new int[wordCount + 1];
        foreach (var (key, count) in pairs)
        {
            int left = (int)(key / wordCount), right = (int)(key % wordCount);
            LeftCount[left] += count;
            RightCount[right] += count;
            Total += count;
            _nextStart[left + 1]++;
            _previousStart[right + 1]++;
        }

        for (int w = 0; w < wordCount; w++)
        {
            _nextStart[w + 1] += _nextStart[w];
            _previousStart[w + 1] += _previousStart[w];
        }

        _nextWord = new int[pairs.Count];
        _nextCount = new int[pairs.Count];
        _previousWord = new int[pairs.Count];
        _previousCount = new int[pairs.Count];
        int[] nextFill = _nextStart[..wordCount], previousFill = _previousStart[..wordCount];
        foreach (var (key, count) in pairs)
        {
            int left = (int)(key / wordCount), right = (int)(key % wordCount);
            int n = nextFill[left]++;
            _nextWord[n] = right;
            _nextCount[n] = count;
            int p = previousFill[right]++;
            _previousWord[p] = left;
            _previousCount[p] = count;
        }
    }

    /// <summary>Number of words.</summary>
    public int WordCount { get; }

    /// <summary>Number of bigrams counted.</summary>
    public long Total { get; }

    /// <summary>Per word: how many counted bigrams it opens.</summary>
    public long[] LeftCount { get; }

    /// <summary>Per word: how many counted bigrams it closes.</summary>
    public long[] RightCount { get; }

    /// <summary>The words seen right after <paramref name="word"/> and their counts (a word after itself included).</summary>
    public (ReadOnlyMemory<int> Words, ReadOnlyMemory<int> Counts) Next(int word)
        => (_nextWord.AsMemory(_nextStart[word].._nextStart[word + 1]), _nextCount.AsMemory(_nextStart[word].._nextStart[word + 1]));

    /// <summary>The words seen right before <paramref name="word"/> and their counts (a word before itself included).</summary>
    public (ReadOnlyMemory<int> Words, ReadOnlyMemory<int> Counts) Previous(int word)
        => (_previousWord.AsMemory(_previousStart[word].._previousStart[word + 1]), _previousCount.AsMemory(_previousStart[word].._previousStart[word + 1]));
}
