namespace IndoNews.NLP;

/// <summary>A news dateline such as <c>MOSKOW -</c> or <c>Jakarta, CNN Indonesia --</c>.</summary>
/// <param name="Place">The place, as written.</param>
/// <param name="Outlet">The news outlet when the dateline names one, else null.</param>
/// <param name="Start">UTF-16 offset of the place.</param>
/// <param name="End">UTF-16 offset one past the place.</param>
/// <exception cref="ArgumentNullException"><paramref name="Place"/> is null.</exception>
public sealed record Dateline(string Place, string? Outlet, int Start, int End)
{
    private readonly string _place = Place ?? throw new ArgumentNullException(nameof(Place));

    /// <summary>The place, as written.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public string Place
    {
        get => _place;
        init => _place = value ?? throw new ArgumentNullException(nameof(value));
    }
}
