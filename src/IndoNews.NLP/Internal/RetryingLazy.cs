namespace IndoNews.NLP;

/// <summary>
/// A value built on first use, once, thread-safely; unlike <see cref="Lazy{T}"/> it does not cache a failure, so
/// a default whose data file was missing or unreadable is built again on the next use (after the user has set
/// <c>INDONEWS_DATA_DIR</c>, as the error message advises, or a transient I/O error has passed).
/// </summary>
/// <typeparam name="T">The value's type.</typeparam>
internal sealed class RetryingLazy<T>
    where T : class
{
    private readonly Func<T> _factory;
    private readonly object _gate = new();
    private T? _value;

    /// <summary>Creates the holder; <paramref name="factory"/> runs on the first <see cref="Value"/> that finds no value.</summary>
    /// <param name="factory">Builds the value; an exception it throws reaches the caller and is not remembered.</param>
    public RetryingLazy(Func<T> factory) => _factory = factory;

    /// <summary>Creates a holder of an existing value.</summary>
    /// <param name="value">The value.</param>
    public RetryingLazy(T value)
    {
        _factory = () => value;
        _value = value;
    }

    /// <summary>The value, built by the first caller; concurrent first callers wait for that one build.</summary>
    public T Value
    {
        get
        {
            var value = Volatile.Read(ref _value);
            if (value is not null) return value;
            lock (_gate)
            {
                value = _value;
                if (value is null)
                {
                    value = _factory();
                    Volatile.Write(ref _value, value);
                }

                return value;
            }
        }
    }
}
