namespace IndoNews.NLP;

/// <summary>
/// A write-only stream that passes every byte on to another stream except carriage returns (0x0D): indented JSON
/// written through it on .NET 8 under Windows ends its lines with \n alone. Only for UTF-8 JSON, whose strings
/// escape a carriage return as <c>\r</c>, so no byte of the content is lost.
/// </summary>
internal sealed class CarriageReturnDroppingStream(Stream inner) : WriteOnlyFilterStream(inner)
{
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            int cr = buffer.IndexOf((byte)'\r');
            if (cr < 0)
            {
                Inner.Write(buffer);
                return;
            }

            Inner.Write(buffer[..cr]);
            buffer = buffer[(cr + 1)..];
        }
    }

    public override void WriteByte(byte value)
    {
        if (value != '\r') Inner.WriteByte(value);
    }
}
