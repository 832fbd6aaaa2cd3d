namespace IndoNews.NLP;

/// <summary>
/// The part every write-only filter over another stream shares (the JSON writers' <see cref="LastByteHeldStream"/> and
/// <see cref="CarriageReturnDroppingStream"/>): no reading or seeking, and a flush goes through. A filter overrides
/// <see cref="Write(ReadOnlySpan{byte})"/>; the other write overloads come to it.
/// </summary>
internal abstract class WriteOnlyFilterStream(Stream inner) : Stream
{
    /// <summary>The stream written to.</summary>
    protected Stream Inner { get; } = inner;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public abstract override void Write(ReadOnlySpan<byte> buffer);

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void WriteByte(byte value) => Write([value]);

    // The filters write synchronously to the streams they wrap (a MemoryStream, a file the caller opened), so the async
    // forms do the same work and complete at once.
    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override void Flush() => Inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => Inner.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
