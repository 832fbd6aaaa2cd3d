namespace IndoNews.NLP;

/// <summary>
/// A write-only stream that passes every byte on to another stream except the last one written so far, which it holds
/// back: a JSON object streamed through it can be left open (its closing brace held) and given more properties.
/// </summary>
internal sealed class LastByteHeldStream(Stream inner) : WriteOnlyFilterStream(inner)
{
    private int _held = -1;

    /// <summary>The byte held back, or -1 when nothing has been written.</summary>
    public int Held => _held;

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (buffer.IsEmpty) return;
        if (_held >= 0) Inner.WriteByte((byte)_held);
        Inner.Write(buffer[..^1]);
        _held = buffer[^1];
    }
}
