using IndoNews.NLP.Internal;

namespace IndoNews.NLP.News;

internal static partial class EntityLinker
{
    /// <summary>
    /// The working collections of one call of <c>Link</c>, kept on each thread and emptied for the next document:
    /// built anew for every document, the mentions, their sets and the linking rules' tables were about a fifth of
    /// the default pipeline's allocations.
    /// </summary>
    /// <remarks>
    /// Taken from the thread for the length of a call through <see cref="ThreadScratch{T}"/>, and given back only while
    /// its document was of ordinary size, so a huge text's tables are not kept for the life of the thread.
    /// </remarks>
    private sealed class LinkScratch : IReusableScratch
    {
        // Above this many mentions (a long feature has a few hundred) the collections go back to the garbage collector.
        private const int MaxPooledMentions = 2048;

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

        /// <summary>The words of one name as <c>Words</c> finds them, before they are copied into the mention.</summary>
        public List<string> Words { get; } = [];

        public DisjointSets Sets { get; } = new(0);

        /// <inheritdoc/>
        public bool TryReset()
        {
            if (Sets.Capacity > MaxPooledMentions || Mentions.Capacity > MaxPooledMentions) return false;
            Mentions.Clear();
            SameName.Clear();
            OneWordPersons.Clear();
            InLongerNames.Clear();
            ByKey.Clear();
            Definitions.Clear();
            ByStart.Clear();
            ByEntry.Clear();
            Done.Clear();
            LabelCounts.Clear();
            Words.Clear();
            return true;
        }

        /// <summary>The first <paramref name="length"/> ints of working array <paramref name="slot"/> (0-3), as left by its last use.</summary>
        public Span<int> Ints(int slot, int length)
        {
            if (_ints[slot].Length < length) _ints[slot] = new int[Math.Max(length, 64)];
            return _ints[slot].AsSpan(0, length);
        }
    }
}
