namespace IndoNews.NLP;

/// <summary>
/// A write-only stream that passes every byte on to another stream except the last one written so far, which it holds
/// back: a JSON object streamed through it can be left open (its closing brace held) and given more properties.
/// </summary>
internal sealed class LastByteHeldStream(Stream inner) : Stream
{
    private int _held = -1;

    /// <summary>The byte held back, or -1 when nothing has been written.</summary>
    public int Held => _held;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (buffer.IsEmpty) return;
        if (_held >= 0) inner.WriteByte((byte)_held);
        inner.Write(buffer[..^1]);
        _held = buffer[^1];
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void WriteByte(byte value) => Write([value]);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
