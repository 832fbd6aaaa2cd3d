using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace IndoNews.NLP;

/// <summary>Maps a <see cref="Document"/> to the JSON shape of the CLI contract.</summary>
internal static class DocumentJson
{
    private static readonly JsonSerializerOptions Compact = new() { TypeInfoResolver = DocumentJsonContext.Default, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Converters = { new LoneSurrogateStringConverter() } };

    // Indented JSON ends its lines with \n on every OS, as the CLI contract says: the indented writer's default is
    // Environment.NewLine (\r\n on Windows). .NET 9 lets the options say so; on .NET 8 the \r of each line end is
    // dropped as it is written, which is safe because JSON writes a carriage return inside a string as the escape \r,
    // so the only raw \r bytes are the writer's line ends.
#if NET9_0_OR_GREATER
    internal static readonly JsonSerializerOptions Indented = new(Compact) { WriteIndented = true, NewLine = "\n" };

    private static bool LineEndsNeedFixing => false;
#else
    internal static readonly JsonSerializerOptions Indented = new(Compact) { WriteIndented = true };

    private static bool LineEndsNeedFixing => Environment.NewLine != "\n";
#endif

    public static string Serialize(Document document, bool indented)
    {
        var dto = ToDto(document);
        string json = JsonSerializer.Serialize(dto, (indented ? Indented : Compact).GetTypeInfo(dto.GetType()));
        return indented && LineEndsNeedFixing ? json.Replace("\r", string.Empty, StringComparison.Ordinal) : json;
    }

    public static void Write(Document document, Stream utf8Stream, bool indented)
    {
        ArgumentNullException.ThrowIfNull(utf8Stream);
        var dto = ToDto(document);
        var destination = indented && LineEndsNeedFixing ? new CarriageReturnDroppingStream(utf8Stream) : utf8Stream;
        JsonSerializer.Serialize(destination, dto, (indented ? Indented : Compact).GetTypeInfo(dto.GetType()));
    }

    /// <summary>
    /// Writes the document's compact JSON followed by the fields of <paramref name="fields"/> it does not write itself
    /// (the CLI's pass-through fields of a JSON line), streamed as <see cref="Write"/> streams: the JSON is never one
    /// string, however long the document.
    /// </summary>
    public static void WriteWithFields(Document document, Stream utf8Stream, JsonObject fields)
    {
        ArgumentNullException.ThrowIfNull(utf8Stream);
        ArgumentNullException.ThrowIfNull(fields);
        var dto = ToDto(document);
        var open = new LastByteHeldStream(utf8Stream);
        JsonSerializer.Serialize(open, dto, Compact.GetTypeInfo(dto.GetType()));
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

    /// <summary>Whether the document's JSON has the top-level property <paramref name="name"/> (as <see cref="ToDto(Document)"/> builds it).</summary>
    internal static bool Writes(Document document, string name) => name switch
    {
        "text" or "sentences" or "tokens" or "entities" => true,
        "paragraphs" or "dateline" or "clusters" => document.HasNewsStructure,
        "referenceDate" => document.ReferenceDate is not null,
        _ => false,
    };

    internal static object ToDto(Document document)
    {
        var tokens = new TokenDto[document.Tokens.Count];
        var span = document.TokenSpan;
        for (int i = 0; i < span.Length; i++)
        {
            var t = span[i];
            tokens[i] = new TokenDto(t.Text, t.Start, t.End, t.Lemma, t.Kind, t.IsStopword, t.SpaceAfter, t.IsMultiwordPart ? t.SurfaceStart : null, t.IsMultiwordPart ? t.SurfaceEnd : null);
        }

        var sentences = document.Sentences.Select(s => new SpanDto(s.Start, s.End)).ToArray();
        var entities = document.Entities.Select(e => new EntityDto(
            e.Text,
            e.Label,
            e.Start,
            e.End,
            e.NormalizedValue is not null ? e.NormalizedValue : e.NumericValue,
            e.Unit,
            e.Confidence)).ToArray();
        var reference = ToDto(document.ReferenceDate);
        if (!document.HasNewsStructure) return new DocumentDto(document.Text, sentences, tokens, entities, reference);

        // With the news stage its fields are always there: [] and null when it found nothing.
        return new NewsDocumentDto(
            document.Text,
            sentences,
            tokens,
            entities,
            document.Paragraphs.Select(p => new ParagraphDto(p.Start, p.End, p.DuplicateOf, p.IsBoilerplate)).ToArray(),
            document.Dateline is { } d ? new DatelineDto(d.Place, d.Outlet, d.Start, d.End) : null,
            document.Clusters.Select(c => new ClusterDto(c.Canonical, c.Label, c.Mentions)).ToArray(),
            reference);
    }

    // Absent when there was no date; the span only for a date read from the text.
    private static ReferenceDateDto? ToDto(ReferenceDate? reference) => reference is null ? null : new ReferenceDateDto(
        reference.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        reference.IsInferred ? "text" : "given",
        reference.IsInferred ? reference.Start : null,
        reference.IsInferred ? reference.End : null);
}

internal sealed record DocumentDto(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("sentences")] SpanDto[] Sentences,
    [property: JsonPropertyName("tokens")] TokenDto[] Tokens,
    [property: JsonPropertyName("entities")] EntityDto[] Entities,
    [property: JsonPropertyName("referenceDate")] ReferenceDateDto? ReferenceDate);

internal sealed record NewsDocumentDto(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("sentences")] SpanDto[] Sentences,
    [property: JsonPropertyName("tokens")] TokenDto[] Tokens,
    [property: JsonPropertyName("entities")] EntityDto[] Entities,
    [property: JsonPropertyName("paragraphs")] ParagraphDto[] Paragraphs,
    [property: JsonPropertyName("dateline"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] DatelineDto? Dateline,
    [property: JsonPropertyName("clusters")] ClusterDto[] Clusters,
    [property: JsonPropertyName("referenceDate")] ReferenceDateDto? ReferenceDate);

internal sealed record ReferenceDateDto(
    [property: JsonPropertyName("date")] string Date,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("start")] int? Start,
    [property: JsonPropertyName("end")] int? End);

internal sealed record SpanDto([property: JsonPropertyName("start")] int Start, [property: JsonPropertyName("end")] int End);

internal sealed record TokenDto(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("lemma")] string? Lemma,
    [property: JsonPropertyName("kind")] TokenKind Kind,
    [property: JsonPropertyName("stopword")] bool Stopword,
    [property: JsonPropertyName("spaceAfter")] bool SpaceAfter,
    [property: JsonPropertyName("surfaceStart")] int? SurfaceStart,
    [property: JsonPropertyName("surfaceEnd")] int? SurfaceEnd);

internal sealed record EntityDto(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("value")] object? Value,
    [property: JsonPropertyName("unit")] string? Unit,
    [property: JsonPropertyName("confidence")] double? Confidence);

internal sealed record ParagraphDto(
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("duplicateOf"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? DuplicateOf,
    [property: JsonPropertyName("boilerplate")] bool Boilerplate);

internal sealed record DatelineDto(
    [property: JsonPropertyName("place")] string Place,
    [property: JsonPropertyName("outlet")] string? Outlet,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End);

internal sealed record ClusterDto(
    [property: JsonPropertyName("canonical")] string Canonical,
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("mentions")] IReadOnlyList<int> Mentions);

[JsonSourceGenerationOptions(UseStringEnumConverter = true)]
[JsonSerializable(typeof(DocumentDto))]
[JsonSerializable(typeof(NewsDocumentDto))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(double))]
internal sealed partial class DocumentJsonContext : JsonSerializerContext;
