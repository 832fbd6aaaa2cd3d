namespace IndoNews.NLP;

/// <summary>
/// A write-only stream that passes every byte on to another stream except carriage returns (0x0D): indented JSON
/// written through it on .NET 8 under Windows ends its lines with \n alone. Only for UTF-8 JSON, whose strings
/// escape a carriage return as <c>\r</c>, so no byte of the content is lost.
/// </summary>
internal sealed class CarriageReturnDroppingStream(Stream inner) : Stream
{
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
        while (!buffer.IsEmpty)
        {
            int cr = buffer.IndexOf((byte)'\r');
            if (cr < 0)
            {
                inner.Write(buffer);
                return;
            }

            inner.Write(buffer[..cr]);
            buffer = buffer[(cr + 1)..];
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void WriteByte(byte value)
    {
        if (value != '\r') inner.WriteByte(value);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (!buffer.IsEmpty)
        {
            int cr = buffer.Span.IndexOf((byte)'\r');
            if (cr < 0)
            {
                await inner.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
                return;
            }

            await inner.WriteAsync(buffer[..cr], cancellationToken).ConfigureAwait(false);
            buffer = buffer[(cr + 1)..];
        }
    }

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
