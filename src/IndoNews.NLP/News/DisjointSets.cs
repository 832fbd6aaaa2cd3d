namespace IndoNews.NLP.News;

/// <summary>Union–find over 0..n-1 with path halving and union by size.</summary>
internal sealed class DisjointSets
{
    private int[] _parent;
    private int[] _size;

    public DisjointSets(int count)
    {
        _parent = new int[count];
        _size = new int[count];
        Reset(count);
    }

    /// <summary>Makes 0..<paramref name="count"/>-1 singletons again, growing the arrays if needed, so one instance serves document after document.</summary>
    public void Reset(int count)
    {
        if (_parent.Length < count)
        {
            _parent = new int[count];
            _size = new int[count];
        }

        for (int i = 0; i < count; i++)
        {
            _parent[i] = i;
            _size[i] = 1;
        }
    }

    /// <summary>How many items the arrays hold before they must grow.</summary>
    public int Capacity => _parent.Length;

    public int Find(int x)
    {
        while (_parent[x] != x)
        {
            _parent[x] = _parent[_parent[x]];
            x = _parent[x];
        }

        return x;
    }

    public void Union(int a, int b)
    {
        int ra = Find(a), rb = Find(b);
        if (ra == rb) return;
        if (_size[ra] < _size[rb]) (ra, rb) = (rb, ra);

        // The root is the earlier mention's set when sizes tie, so cluster order follows the text.
        _parent[rb] = ra;
        _size[ra] += _size[rb];
    }
}
