namespace IndoNews.NLP.Internal;

/// <summary>Working collections that <see cref="ThreadScratch{T}"/> keeps on a thread between documents.</summary>
internal interface IReusableScratch
{
    /// <summary>
    /// Empties the collections for the next document; false when they grew too large to keep (a huge text's tables go
    /// back to the garbage collector rather than living as long as the thread).
    /// </summary>
    bool TryReset();
}
