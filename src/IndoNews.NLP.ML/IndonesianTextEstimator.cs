using Microsoft.ML;
using Microsoft.ML.Data;

namespace IndoNews.NLP.ML;

/// <summary>
/// An IndoNews.NLP transform for ML.NET pipelines, created by the <see cref="IndonesianTextCatalog"/>
/// methods such as <c>mlContext.Transforms.Text.LemmatizeIndonesian(...)</c>. It needs no training:
/// <see cref="Fit"/> only checks the input column. Models that contain it save with
/// <c>mlContext.Model.Save</c>; to load them, call
/// <see cref="IndonesianTextCatalog.RegisterIndonesianText(Microsoft.ML.Runtime.ComponentCatalog)"/> first.
/// </summary>
/// <remarks>
/// <see cref="Fit"/> and <see cref="GetOutputSchema"/> check the input column and name it in their error. The
/// fitted transformer (and a model loaded from a file) does not repeat that check: given data whose input
/// column has another type, ML.NET's own error names the transform's internal copy of the column,
/// <c>IndoNews.NLP.ML.Input</c>, instead of yours.
/// </remarks>
public sealed class IndonesianTextEstimator : IEstimator<ITransformer>
{
    private readonly IEstimator<ITransformer> _chain;

    internal IndonesianTextEstimator(string transformName, string outputColumnName, string inputColumnName, bool inputIsVector, IEstimator<ITransformer> chain)
    {
        TransformName = transformName;
        OutputColumnName = outputColumnName;
        InputColumnName = inputColumnName;
        InputIsVector = inputIsVector;
        _chain = chain;
    }

    /// <summary>The catalog method that made this estimator, e.g. <c>LemmatizeIndonesian</c>.</summary>
    public string TransformName { get; }

    /// <summary>The column the transform writes: a variable-length vector of text.</summary>
    public string OutputColumnName { get; }

    /// <summary>The column the transform reads.</summary>
    public string InputColumnName { get; }

    /// <summary>True when the input column must be a vector of text; otherwise it must be text.</summary>
    public bool InputIsVector { get; }

    /// <summary>Returns the transformer; the transform has no trained state.</summary>
    /// <param name="input">The data, used only to check the input column.</param>
    /// <returns>The transformer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The input column is missing or not of the expected type.</exception>
    public ITransformer Fit(IDataView input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var column = input.Schema.GetColumnOrNull(InputColumnName);
        if (column is null) throw MissingColumn(nameof(input));
        var type = column.Value.Type;
        var itemType = type is VectorDataViewType vector ? vector.ItemType : type;
        CheckType(nameof(input), itemType, type is VectorDataViewType, type is VectorDataViewType ? type.ToString() : itemType.ToString());
        return _chain.Fit(input);
    }

    /// <summary>Adds the output column to <paramref name="inputSchema"/> after checking the input column.</summary>
    /// <param name="inputSchema">The input schema.</param>
    /// <returns>The output schema.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="inputSchema"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The input column is missing or not of the expected type.</exception>
    public SchemaShape GetOutputSchema(SchemaShape inputSchema)
    {
        ArgumentNullException.ThrowIfNull(inputSchema);
        SchemaShape.Column? found = null;
        foreach (var column in inputSchema)
        {
            if (column.Name == InputColumnName) found = column;
        }

        if (found is not { } input) throw MissingColumn(nameof(inputSchema));
        bool isVector = input.Kind != SchemaShape.Column.VectorKind.Scalar;
        CheckType(nameof(inputSchema), input.ItemType, isVector, isVector ? $"a vector of {input.ItemType}" : input.ItemType.ToString());
        return _chain.GetOutputSchema(inputSchema);
    }

    private ArgumentOutOfRangeException MissingColumn(string parameter)
        => new(parameter, $"{TransformName}: input column '{InputColumnName}' not found.");

    private void CheckType(string parameter, DataViewType itemType, bool isVector, string? actual)
    {
        if (itemType is TextDataViewType && isVector == InputIsVector) return;
        string expected = InputIsVector ? "a vector of text (e.g. the output of TokenizeIndonesian)" : "text";
        throw new ArgumentOutOfRangeException(parameter, $"{TransformName}: input column '{InputColumnName}' must be {expected}, but it is {actual}.");
    }
}
