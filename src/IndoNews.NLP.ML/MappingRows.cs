using Microsoft.ML.Data;

namespace IndoNews.NLP.ML;

/// <summary>
/// Column names the mappings read and write. The catalog methods copy the user's columns to and from
/// these, so that a saved model (which stores only the mapping's contract name, not a schema) loads
/// with the user's column names intact.
/// </summary>
internal static class MappingColumns
{
    public const string Input = "IndoNews.NLP.ML.Input";
    public const string Output = "IndoNews.NLP.ML.Output";
}

/// <summary>One text value.</summary>
internal sealed class TextRow
{
    [ColumnName(MappingColumns.Input)]
    public string? Text { get; set; }
}

/// <summary>A vector of text values read from the input column.</summary>
internal sealed class TermsInputRow
{
    [ColumnName(MappingColumns.Input)]
    public ReadOnlyMemory<char>[]? Terms { get; set; }
}

/// <summary>A vector of text values written to the output column.</summary>
internal sealed class TermsOutputRow
{
    [ColumnName(MappingColumns.Output)]
    public string[] Terms { get; set; } = [];
}

/// <summary>A vector of text values written to the output column without copying the characters.</summary>
internal sealed class TermMemoriesOutputRow
{
    [ColumnName(MappingColumns.Output)]
    public ReadOnlyMemory<char>[] Terms { get; set; } = [];
}
