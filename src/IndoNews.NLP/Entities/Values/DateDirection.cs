namespace IndoNews.NLP.Entities.Values;

/// <summary>Which side of the publication date a date mention points to, when the text says so.</summary>
internal enum DateDirection
{
    /// <summary>No hint: the nearest candidate wins.</summary>
    Nearest,

    /// <summary><c>lalu</c>, <c>kemarin</c>, <c>silam</c>: on or before publication.</summary>
    Past,

    /// <summary><c>depan</c>, <c>mendatang</c>, <c>nanti</c>: after publication.</summary>
    Future,
}
