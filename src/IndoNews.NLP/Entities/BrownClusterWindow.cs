using System.Runtime.CompilerServices;

namespace IndoNews.NLP.Entities;

/// <summary>
/// The active clusters of windowed Brown clustering (Liang 2005) and the loss of average mutual information that
/// merging each pair of them would cost. Clusters live in slots; the bigram counts between the words of the active
/// clusters are kept as a dense matrix, and each cluster's left and right marginals are those of its words over the
/// whole corpus, so adding a word changes no other cluster's marginals. After a merge and the next word's arrival
/// only the terms of the changed clusters are taken out of and put into every other pair's loss (O(1) per pair), and
/// the losses of the pairs with a changed cluster are computed afresh (O(C) per pair): O(C²) per step.
/// </summary>
/// <remarks>
/// All quantities are scaled by the number of bigrams (the argmin does not change). Pairs are swept in parallel, each
/// by one thread with a fixed order of operations, and ties go to the pair of lowest slots, so the result does not
/// depend on the number of threads. Logarithms come from <see cref="PortableLog"/>, so it does not depend on the CPU.
/// </remarks>
internal sealed class BrownClusterWindow
{
    private const int LogTableSize = 1 << 16;
    private static readonly double[] LogTable = BuildLogTable();

    private readonly BrownBigrams _bigrams;
    private readonly int _capacity;
    private readonly int[] _slotOfWord;
    private readonly List<int>[] _members;
    private readonly int[] _count;      // [x * capacity + y] = n(x, y)
    private readonly int[] _countT;     // [y * capacity + x] = n(x, y)
    private readonly long[] _left, _right;
    private readonly double[] _logLeft, _logRight;
    private readonly double[] _logMergedLeft, _logMergedRight; // [x * capacity + y] = log(left[x] + left[y])
    private readonly double[] _q2;      // [x * capacity + y] = q(x, y) + q(y, x); the diagonal q(x, x)
    private readonly double[] _loss;    // [x * capacity + y], x < y
    private readonly double[] _rowMin;
    private readonly int[] _rowArgMin;
    private readonly bool[] _active;
    private readonly double _logTotal;
    private readonly ParallelOptions _parallel;
    private int[] _slots = [];          // the active slots, ascending

    // Scratch of one step: the rows and columns of the two merged clusters as they were, and the new clusters' terms.
    private readonly int[] _oldColumnA, _oldRowA, _oldColumnB, _oldRowB;
    private readonly double[] _oldQ2A, _oldQ2B, _shift;

    /// <summary>Creates an empty window of <paramref name="capacity"/> slots.</summary>
    /// <param name="bigrams">The corpus's bigram counts.</param>
    /// <param name="capacity">Slots: the number of clusters plus one for the word being added.</param>
    /// <param name="maxDegreeOfParallelism">Threads for the sweeps (−1: as many as there are cores).</param>
    public BrownClusterWindow(BrownBigrams bigrams, int capacity, int maxDegreeOfParallelism)
    {
        _bigrams = bigrams;
        _capacity = capacity;
        _slotOfWord = new int[bigrams.WordCount];
        Array.Fill(_slotOfWord, -1);
        _members = new List<int>[capacity];
        for (int s = 0; s < capacity; s++) _members[s] = [];
        long cells = (long)capacity * capacity;
        _count = new int[cells];
        _countT = new int[cells];
        _left = new long[capacity];
        _right = new long[capacity];
        _logLeft = new double[capacity];
        _logRight = new double[capacity];
        _logMergedLeft = new double[cells];
        _logMergedRight = new double[cells];
        _q2 = new double[cells];
        _loss = new double[cells];
        _rowMin = new double[capacity];
        _rowArgMin = new int[capacity];
        _active = new bool[capacity];
        _oldColumnA = new int[capacity];
        _oldRowA = new int[capacity];
        _oldColumnB = new int[capacity];
        _oldRowB = new int[capacity];
        _oldQ2A = new double[capacity];
        _oldQ2B = new double[capacity];
        _shift = new double[capacity];
        _logTotal = PortableLog.Of(bigrams.Total);
        _parallel = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };
    }

    /// <summary>Number of active clusters.</summary>
    public int ActiveCount => _slots.Length;

    /// <summary>The active slots, ascending.</summary>
    public ReadOnlySpan<int> ActiveSlots => _slots;

    /// <summary>The words (ids) of the cluster in <paramref name="slot"/>.</summary>
    public IReadOnlyList<int> Members(int slot) => _members[slot];

    /// <summary>Puts <paramref name="word"/> as a cluster of its own into the free <paramref name="slot"/>, with its
    /// bigram counts with the words already in the window; before <see cref="Initialize"/> only.</summary>
    public void Seed(int word, int slot) => Place(word, slot);

    /// <summary>Computes every term and every pair's loss from the counts (O(C³)); after the <see cref="Seed"/>s.</summary>
    public void Initialize()
    {
        foreach (int s in _slots)
        {
            _logLeft[s] = PortableLog.Of(_left[s]);
            _logRight[s] = PortableLog.Of(_right[s]);
        }

        foreach (int s in _slots) UpdateTerms(s);
        var slots = _slots;
        Parallel.For(0, slots.Length, _parallel, i =>
        {
            int c = slots[i];
            for (int j = i + 1; j < slots.Length; j++) _loss[c * _capacity + slots[j]] = FreshLoss(c, slots[j]);
        });
        Parallel.For(0, slots.Length, _parallel, i => RowMinimum(i));
    }

    /// <summary>The pair of active slots whose merge loses the least average mutual information (the lowest pair on ties).</summary>
    public (int A, int B) BestPair()
    {
        int bestRow = -1;
        double best = double.PositiveInfinity;
        for (int i = 0; i < _slots.Length - 1; i++)
        {
            int c = _slots[i];
            if (_rowMin[c] < best)
            {
                best = _rowMin[c];
                bestRow = c;
            }
        }

        if (bestRow < 0) throw new InvalidOperationException("fewer than two active clusters");
        return (bestRow, _rowArgMin[bestRow]);
    }

    /// <summary>The loss of merging the clusters in slots <paramref name="a"/> &lt; <paramref name="b"/>.</summary>
    public double Loss(int a, int b) => _loss[a * _capacity + b];

    /// <summary>Merges slot <paramref name="b"/> into slot <paramref name="a"/> (<paramref name="a"/> &lt; <paramref name="b"/>),
    /// then puts <paramref name="word"/> (if not −1) into the freed slot, and brings every pair's loss up to date.</summary>
    public void MergeAndAdd(int a, int b, int word)
    {
        int cap = _capacity;
        double oldLogLeftA = _logLeft[a], oldLogRightA = _logRight[a], oldLogLeftB = _logLeft[b], oldLogRightB = _logRight[b];
        for (int x = 0; x < cap; x++)
        {
            _oldColumnA[x] = _countT[a * cap + x];
            _oldRowA[x] = _count[a * cap + x];
            _oldColumnB[x] = _countT[b * cap + x];
            _oldRowB[x] = _count[b * cap + x];
            _oldQ2A[x] = _q2[x * cap + a];
            _oldQ2B[x] = _q2[x * cap + b];
        }

        Merge(a, b);
        UpdateTerms(a);
        if (word >= 0)
        {
            Place(word, b);
            UpdateTerms(b);
        }

        var slots = _slots;
        bool added = word >= 0;
        foreach (int c in slots)
        {
            _shift[c] = _q2[c * cap + a] - _oldQ2A[c] - _oldQ2B[c] + (added ? _q2[c * cap + b] : 0);
        }

        // Pairs with a changed cluster: afresh.
        Parallel.For(0, slots.Length, _parallel, i =>
        {
            int x = slots[i];
            if (x != a) _loss[Math.Min(a, x) * cap + Math.Max(a, x)] = FreshLoss(Math.Min(a, x), Math.Max(a, x));
            if (added && x != b && x != a) _loss[Math.Min(b, x) * cap + Math.Max(b, x)] = FreshLoss(Math.Min(b, x), Math.Max(b, x));
        });

        // Every other pair: take out the terms of the two old clusters, put in those of the new ones.
        Parallel.For(0, slots.Length, _parallel, i =>
        {
            int c = slots[i];
            if (c != a && c != b)
            {
                for (int j = i + 1; j < slots.Length; j++)
                {
                    int d = slots[j];
                    if (d == a || d == b) continue;
                    int cd = c * cap + d;
                    double lml = _logMergedLeft[cd], lmr = _logMergedRight[cd];
                    double delta = _shift[c] + _shift[d];
                    delta += Q2(_oldColumnA[c] + _oldColumnA[d], lml, oldLogRightA, _oldRowA[c] + _oldRowA[d], oldLogLeftA, lmr);
                    delta += Q2(_oldColumnB[c] + _oldColumnB[d], lml, oldLogRightB, _oldRowB[c] + _oldRowB[d], oldLogLeftB, lmr);
                    delta -= Q2(_countT[a * cap + c] + _countT[a * cap + d], lml, _logRight[a], _count[a * cap + c] + _count[a * cap + d], _logLeft[a], lmr);
                    if (added) delta -= Q2(_countT[b * cap + c] + _countT[b * cap + d], lml, _logRight[b], _count[b * cap + c] + _count[b * cap + d], _logLeft[b], lmr);
                    _loss[cd] += delta;
                }
            }

            RowMinimum(i);
        });
    }

    // The bigram terms of a merged cluster m with a cluster e: q(m, e) + q(e, m), from the counts and log marginals.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double Q2(int toE, double logLeftM, double logRightE, int fromE, double logLeftE, double logRightM)
    {
        double sum = 0;
        if (toE != 0) sum += Q(toE, logLeftM, logRightE);
        if (fromE != 0) sum += Q(fromE, logLeftE, logRightM);
        return sum;
    }

    // n·log(n·N / (left·right)): one bigram cell's share of the mutual information, times N.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double Q(int n, double logLeft, double logRight) => n * (LogOf(n) - logLeft - logRight + _logTotal);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double LogOf(int n) => n < LogTableSize ? LogTable[n] : PortableLog.Of(n);

    private static double[] BuildLogTable()
    {
        var table = new double[LogTableSize];
        for (int n = 1; n < LogTableSize; n++) table[n] = PortableLog.Of(n);
        return table;
    }

    /// <summary>The loss of merging <paramref name="c"/> &lt; <paramref name="d"/>, from the terms: what the pair
    /// contributes to the mutual information now, less what the merged cluster would.</summary>
    private double FreshLoss(int c, int d)
    {
        int cap = _capacity;
        int cd = c * cap + d;
        double lml = _logMergedLeft[cd], lmr = _logMergedRight[cd];
        ReadOnlySpan<int> rowC = _count.AsSpan(c * cap, cap), rowD = _count.AsSpan(d * cap, cap);
        ReadOnlySpan<int> colC = _countT.AsSpan(c * cap, cap), colD = _countT.AsSpan(d * cap, cap);
        ReadOnlySpan<double> q2C = _q2.AsSpan(c * cap, cap), q2D = _q2.AsSpan(d * cap, cap);
        double loss = 0;
        foreach (int e in _slots)
        {
            if (e == c || e == d) continue;
            loss += q2C[e] + q2D[e] - Q2(rowC[e] + rowD[e], lml, _logRight[e], colC[e] + colD[e], _logLeft[e], lmr);
        }

        int self = rowC[c] + rowC[d] + rowD[c] + rowD[d];
        loss += q2C[c] + q2D[d] + q2C[d];
        if (self != 0) loss -= Q(self, lml, lmr);
        return loss;
    }

    private void RowMinimum(int i)
    {
        int c = _slots[i];
        double best = double.PositiveInfinity;
        int arg = -1;
        for (int j = i + 1; j < _slots.Length; j++)
        {
            int d = _slots[j];
            double v = _loss[c * _capacity + d];
            if (v < best)
            {
                best = v;
                arg = d;
            }
        }

        _rowMin[c] = best;
        _rowArgMin[c] = arg;
    }

    private void Place(int word, int slot)
    {
        if (_active[slot]) throw new InvalidOperationException($"slot {slot} is in use");
        int cap = _capacity;
        _slotOfWord[word] = slot;
        _members[slot].Add(word);
        _left[slot] = _bigrams.LeftCount[word];
        _right[slot] = _bigrams.RightCount[word];
        var (next, nextCounts) = _bigrams.Next(word);
        for (int k = 0; k < next.Length; k++)
        {
            int t = _slotOfWord[next.Span[k]];
            if (t < 0) continue;
            _count[slot * cap + t] += nextCounts.Span[k];
            _countT[t * cap + slot] += nextCounts.Span[k];
        }

        var (previous, previousCounts) = _bigrams.Previous(word);
        for (int k = 0; k < previous.Length; k++)
        {
            int u = previous.Span[k];
            int t = _slotOfWord[u];
            if (t < 0 || u == word) continue;
            _count[t * cap + slot] += previousCounts.Span[k];
            _countT[slot * cap + t] += previousCounts.Span[k];
        }

        _active[slot] = true;
        _slots = [.. _slots.Append(slot).Order()];
    }

    private void Merge(int a, int b)
    {
        int cap = _capacity;
        foreach (int word in _members[b]) _slotOfWord[word] = a;
        _members[a].AddRange(_members[b]);
        _members[b].Clear();
        int self = _count[a * cap + a] + _count[a * cap + b] + _count[b * cap + a] + _count[b * cap + b];
        foreach (int x in _slots)
        {
            if (x == a || x == b) continue;
            _count[x * cap + a] += _count[x * cap + b];
            _countT[a * cap + x] += _countT[b * cap + x];
            _count[a * cap + x] += _count[b * cap + x];
            _countT[x * cap + a] += _countT[x * cap + b];
        }

        _count[a * cap + a] = self;
        _countT[a * cap + a] = self;
        for (int x = 0; x < cap; x++)
        {
            _count[b * cap + x] = 0;
            _count[x * cap + b] = 0;
            _countT[b * cap + x] = 0;
            _countT[x * cap + b] = 0;
            _q2[b * cap + x] = 0;
            _q2[x * cap + b] = 0;
        }

        _left[a] += _left[b];
        _right[a] += _right[b];
        _left[b] = 0;
        _right[b] = 0;
        _active[b] = false;
        _slots = [.. _slots.Where(s => s != b)];
    }

    // The log marginals of slot s, its merged log marginals with every slot, and its q2 terms with every active slot.
    private void UpdateTerms(int s)
    {
        int cap = _capacity;
        _logLeft[s] = PortableLog.Of(_left[s]);
        _logRight[s] = PortableLog.Of(_right[s]);
        foreach (int x in _slots)
        {
            double ml = PortableLog.Of(_left[s] + _left[x]), mr = PortableLog.Of(_right[s] + _right[x]);
            _logMergedLeft[s * cap + x] = ml;
            _logMergedLeft[x * cap + s] = ml;
            _logMergedRight[s * cap + x] = mr;
            _logMergedRight[x * cap + s] = mr;
        }

        foreach (int x in _slots)
        {
            double q;
            if (x == s)
            {
                int n = _count[s * cap + s];
                q = n != 0 ? Q(n, _logLeft[s], _logRight[s]) : 0;
            }
            else
            {
                q = Q2(_count[s * cap + x], _logLeft[s], _logRight[x], _count[x * cap + s], _logLeft[x], _logRight[s]);
            }

            _q2[s * cap + x] = q;
            _q2[x * cap + s] = q;
        }
    }
}
