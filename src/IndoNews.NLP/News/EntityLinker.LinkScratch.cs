namespace IndoNews.NLP.News;

internal static partial class EntityLinker
{
    /// <summary>
    /// The working collections of one call of <c>Link</c>, kept on each thread and emptied for the next document:
    /// built anew for every document, the mentions, their sets and the linking rules' tables were about a fifth of
    /// the default pipeline's allocations.
    /// </summary>
    /// <remarks>
    /// Taken from the thread for the length of a call (a nested call would make its own) and given back only while its
    /// document was of ordinary size, so a huge text's tables are not kept for the life of the thread.
    /// </remarks>
    private sealed class LinkScratch
    {
        // Above this many mentions (a long feature has a few hundred) the collections go back to the garbage collector.
        private const int MaxPooledMentions = 2048;

        [ThreadStatic]
        private static LinkScratch? _current;

        private readonly int[][] _ints = [[], [], [], []];

        public List<Mention> Mentions { get; } = [];

        /// <summary>By entity text and whether it is a person: the mention that first had that name, or -1 for no name.</summary>
        public Dictionary<(string Text, bool Person), int> SameName { get; } = [];

        public HashSet<string> OneWordPersons { get; } = new(StringComparer.Ordinal);

        public HashSet<(string, string)> InLongerNames { get; } = [];

        public Dictionary<(string, bool), int> ByKey { get; } = [];

        public Dictionary<string, int> Definitions { get; } = new(StringComparer.Ordinal);

        public Dictionary<int, int> ByStart { get; } = [];

        public Dictionary<int, int> ByEntry { get; } = [];

        public HashSet<(string, string)> Done { get; } = [];

        public List<(string Label, int Count)> LabelCounts { get; } = [];

        public DisjointSets Sets { get; } = new(0);

        /// <summary>The thread's scratch, or a new one.</summary>
        public static LinkScratch Take()
        {
            var scratch = _current ?? new LinkScratch();
            _current = null;
            return scratch;
        }

        /// <summary>Empties <paramref name="scratch"/> and keeps it for the thread's next document, unless it grew too large.</summary>
        public static void Return(LinkScratch scratch)
        {
            if (scratch.Sets.Capacity > MaxPooledMentions || scratch.Mentions.Capacity > MaxPooledMentions) return;
            scratch.Mentions.Clear();
            scratch.SameName.Clear();
            scratch.OneWordPersons.Clear();
            scratch.InLongerNames.Clear();
            scratch.ByKey.Clear();
            scratch.Definitions.Clear();
            scratch.ByStart.Clear();
            scratch.ByEntry.Clear();
            scratch.Done.Clear();
            scratch.LabelCounts.Clear();
            _current = scratch;
        }

        /// <summary>The first <paramref name="length"/> ints of working array <paramref name="slot"/> (0-3), as left by its last use.</summary>
        public Span<int> Ints(int slot, int length)
        {
            if (_ints[slot].Length < length) _ints[slot] = new int[Math.Max(length, 64)];
            return _ints[slot].AsSpan(0, length);
        }
    }
}
