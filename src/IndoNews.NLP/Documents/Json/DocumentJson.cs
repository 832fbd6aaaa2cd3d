using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IndoNews.NLP;

/// <summary>Maps a <see cref="Document"/> to the JSON shape of the CLI contract.</summary>
internal static class DocumentJson
{
    // The writer settings: no escaping beyond what JSON needs (Indonesian text and quotes stay readable), and for
    // indented JSON a \n line end on every OS, as the CLI contract says. Validation is off: the calls below are the
    // shape. .NET 8 has no NewLine option, so there the \r of each indented line end is dropped as it is written, which
    // is safe because JSON writes a carriage return inside a string as the escape \r, so the only raw \r bytes are the
    // writer's line ends.
    private static readonly JsonWriterOptions Compact = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

#if NET9_0_OR_GREATER
    internal static readonly JsonWriterOptions Indented = Compact with { Indented = true, NewLine = "\n" };

    private static bool LineEndsNeedFixing => false;
#else
    internal static readonly JsonWriterOptions Indented = Compact with { Indented = true };

    private static bool LineEndsNeedFixing => Environment.NewLine != "\n";
#endif

    public static string Serialize(Document document, bool indented)
    {
        // The same writer calls as Write, into memory: the string is the UTF-8 decoded, as the serializer's own was.
        using var output = new JsonOutput(null, indented);
        WriteDocument(output, document);
        string json = System.Text.Encoding.UTF8.GetString(output.WrittenSpan);
        return indented && LineEndsNeedFixing ? json.Replace("\r", string.Empty, StringComparison.Ordinal) : json;
    }

    public static void Write(Document document, Stream utf8Stream, bool indented)
    {
        ArgumentNullException.ThrowIfNull(utf8Stream);
        var destination = indented && LineEndsNeedFixing ? new CarriageReturnDroppingStream(utf8Stream) : utf8Stream;
        using var output = new JsonOutput(destination, indented);
        WriteDocument(output, document);
    }

    public static void WriteWithFields(Document document, Stream utf8Stream, JsonObject fields)
    {
        ArgumentNullException.ThrowIfNull(utf8Stream);
        ArgumentNullException.ThrowIfNull(fields);
        var open = new LastByteHeldStream(utf8Stream);
        using (var output = new JsonOutput(open, indented: false))
        {
            WriteDocument(output, document);
        }

        if (open.Held != '}') throw new InvalidOperationException("The document's JSON does not end with '}'.");
        var property = new ArrayBufferWriter<byte>();
        foreach (var (name, value) in fields)
        {
            if (Writes(document, name)) continue;

            // One property as an object of its own, braces dropped: names and values escaped as the document's are.
            property.ResetWrittenCount();
            using (var writer = new Utf8JsonWriter(property, new JsonWriterOptions { Encoder = Compact.Encoder }))
            {
                writer.WriteStartObject();
                writer.WritePropertyName(name);
                if (value is null) writer.WriteNullValue();
                else value.WriteTo(writer);
                writer.WriteEndObject();
            }

            utf8Stream.WriteByte((byte)',');
            utf8Stream.Write(property.WrittenSpan[1..^1]);
        }

        utf8Stream.WriteByte((byte)'}');
    }

    /// <summary>Whether the document's JSON has the top-level property <paramref name="name"/> (as the writer writes it).</summary>
    internal static bool Writes(Document document, string name) => name switch
    {
        "text" or "sentences" or "tokens" or "entities" => true,
        "paragraphs" or "dateline" or "clusters" => document.HasNewsStructure,
        "referenceDate" => document.ReferenceDate is not null,
        _ => false,
    };

    // A writer over a rented buffer (no buffer allocated per document, as the serializer's own was pooled), handed to
    // the stream once 64 KB are written: a document's JSON of any size goes out in pieces, never held whole. Without a
    // stream (ToJson) it all stays in the buffer.
    private sealed class JsonOutput : IBufferWriter<byte>, IDisposable
    {
        private const int FlushBytes = 1 << 16;
        private readonly Stream? _stream;
        private byte[] _buffer = ArrayPool<byte>.Shared.Rent(FlushBytes + (FlushBytes / 4));
        private int _written;

        public JsonOutput(Stream? stream, bool indented)
        {
            _stream = stream;
            Writer = new Utf8JsonWriter(this, indented ? Indented : Compact);
        }

        public Utf8JsonWriter Writer { get; }

        public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _written);

        public void FlushIfFull()
        {
            if (_stream is null || _written + Writer.BytesPending < FlushBytes) return;
            Writer.Flush();
            _stream.Write(_buffer, 0, _written);
            _written = 0;
        }

        public void Finish()
        {
            Writer.Flush();
            if (_stream is null) return;
            _stream.Write(_buffer, 0, _written);
            _written = 0;
            _stream.Flush();
        }

        public void Advance(int count) => _written += count;

        // Reserve may replace the buffer, so it runs before the buffer is read (not as the argument of _buffer.AsMemory).
        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            Reserve(sizeHint);
            return _buffer.AsMemory(_written);
        }

        public Span<byte> GetSpan(int sizeHint = 0)
        {
            Reserve(sizeHint);
            return _buffer.AsSpan(_written);
        }

        private void Reserve(int sizeHint)
        {
            int needed = Math.Max(sizeHint, 256);
            if (_buffer.Length - _written < needed)
            {
                var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(Array.MaxLength, Math.Max(_buffer.Length * 2L, (long)_written + needed)));
                _buffer.AsSpan(0, _written).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = larger;
            }
        }

        public void Dispose()
        {
            Writer.Dispose();
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
    }

    // The JSON shape of the CLI contract, written straight from the document: fields in this order, null fields left
    // out except a news document's "dateline" and a paragraph's "duplicateOf", enums by name, every string through
    // WriteString (lone surrogates as \u escapes). No object per token: a token's text is a span of the document text.
    private static void WriteDocument(JsonOutput output, Document document)
    {
        var writer = output.Writer;
        writer.WriteStartObject();
        WriteLongString(output, "text", document.Text);

        writer.WriteStartArray("sentences");
        foreach (var s in document.Sentences)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", s.Start);
            writer.WriteNumber("end", s.End);
            writer.WriteEndObject();
            output.FlushIfFull();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("tokens");
        foreach (ref readonly var t in document.TokenSpan)
        {
            writer.WriteStartObject();
            WriteString(writer, "text", t.Span);
            writer.WriteNumber("start", t.Start);
            writer.WriteNumber("end", t.End);
            if (t.Lemma is { } lemma) WriteString(writer, "lemma", lemma);
            WriteKind(writer, t.Kind);
            writer.WriteBoolean("stopword", t.IsStopword);
            writer.WriteBoolean("spaceAfter", t.SpaceAfter);
            if (t.IsMultiwordPart)
            {
                writer.WriteNumber("surfaceStart", t.SurfaceStart);
                writer.WriteNumber("surfaceEnd", t.SurfaceEnd);
            }

            writer.WriteEndObject();
            output.FlushIfFull();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("entities");
        foreach (var e in document.Entities)
        {
            writer.WriteStartObject();
            WriteString(writer, "text", e.Text);
            WriteString(writer, "label", e.Label);
            writer.WriteNumber("start", e.Start);
            writer.WriteNumber("end", e.End);
            if (e.NormalizedValue is { } normalized) WriteString(writer, "value", normalized);
            else if (e.NumericValue is { } number) writer.WriteNumber("value", number);
            if (e.Unit is { } unit) WriteString(writer, "unit", unit);
            if (e.Confidence is { } confidence) writer.WriteNumber("confidence", confidence);
            writer.WriteEndObject();
            output.FlushIfFull();
        }

        writer.WriteEndArray();

        // With the news stage its fields are always there: [] and null when it found nothing.
        if (document.HasNewsStructure)
        {
            writer.WriteStartArray("paragraphs");
            foreach (var p in document.Paragraphs)
            {
                writer.WriteStartObject();
                writer.WriteNumber("start", p.Start);
                writer.WriteNumber("end", p.End);
                if (p.DuplicateOf is { } original) writer.WriteNumber("duplicateOf", original);
                else writer.WriteNull("duplicateOf");
                writer.WriteBoolean("boilerplate", p.IsBoilerplate);
                writer.WriteEndObject();
                output.FlushIfFull();
            }

            writer.WriteEndArray();

            if (document.Dateline is { } d)
            {
                writer.WriteStartObject("dateline");
                WriteString(writer, "place", d.Place);
                if (d.Outlet is { } outlet) WriteString(writer, "outlet", outlet);
                writer.WriteNumber("start", d.Start);
                writer.WriteNumber("end", d.End);
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNull("dateline");
            }

            writer.WriteStartArray("clusters");
            foreach (var c in document.Clusters)
            {
                writer.WriteStartObject();
                WriteString(writer, "canonical", c.Canonical);
                WriteString(writer, "label", c.Label);
                writer.WriteStartArray("mentions");
                foreach (int m in c.Mentions) writer.WriteNumberValue(m);
                writer.WriteEndArray();
                writer.WriteEndObject();
                output.FlushIfFull();
            }

            writer.WriteEndArray();
        }

        // Absent when there was no date; the span only for a date read from the text.
        if (document.ReferenceDate is { } reference)
        {
            writer.WriteStartObject("referenceDate");
            WriteString(writer, "date", reference.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            WriteString(writer, "source", reference.IsInferred ? "text" : "given");
            if (reference.IsInferred)
            {
                writer.WriteNumber("start", reference.Start);
                writer.WriteNumber("end", reference.End);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        output.Finish();
    }

    // Each kind's name as the enum converter writes it, by value (an undefined value as its number, which that
    // converter allows).
    private static readonly JsonEncodedText?[] KindNames = KindNamesByValue();

    private static JsonEncodedText?[] KindNamesByValue()
    {
        var names = new JsonEncodedText?[Enum.GetValues<TokenKind>().Max(k => (int)k) + 1];
        foreach (var kind in Enum.GetValues<TokenKind>()) names[(int)kind] = JsonEncodedText.Encode(kind.ToString(), Compact.Encoder);
        return names;
    }

    private static void WriteKind(Utf8JsonWriter writer, TokenKind kind)
    {
        int k = (int)kind;
        if (k < KindNames.Length && KindNames[k] is { } name) writer.WriteString("kind", name);
        else writer.WriteNumber("kind", k);
    }

    // The document text in segments: written whole, the writer escapes it into a rented array of up to six characters
    // per character and then needs up to three bytes per escaped character pending (more than 1 GB for a text of 57 MB).
    // A segment ends before a high surrogate, so a pair is escaped (or kept) as one, as in the whole string.
    private static void WriteLongString(JsonOutput output, string name, string value)
    {
        var writer = output.Writer;
#if NET10_0_OR_GREATER
        const int SegmentChars = 1 << 13;
        if (value.Length > SegmentChars && !JsonStrings.HasLoneSurrogate(value))
        {
            writer.WritePropertyName(name);
            var rest = value.AsSpan();
            while (rest.Length > SegmentChars)
            {
                int cut = char.IsHighSurrogate(rest[SegmentChars - 1]) ? SegmentChars - 1 : SegmentChars;
                writer.WriteStringValueSegment(rest[..cut], isFinalSegment: false);
                rest = rest[cut..];
                output.FlushIfFull();
            }

            writer.WriteStringValueSegment(rest, isFinalSegment: true);
            return;
        }
#endif
        WriteString(writer, name, value);
    }

    private static void WriteString(Utf8JsonWriter writer, string name, ReadOnlySpan<char> value)
    {
        writer.WritePropertyName(name);
        JsonStrings.WriteValue(writer, value);
    }
}
