using System.Text.Json;

namespace IndoNews.NLP.Cli.Formats;

/// <summary>
/// Finds a property name that occurs twice in one JSON object. System.Text.Json parses such input but
/// <see cref="System.Text.Json.Nodes.JsonObject"/> throws on first access, so JSON Lines input is checked
/// up front and the duplicate reported as invalid input.
/// </summary>
internal static class JsonDuplicateProperties
{
    /// <summary>The first duplicate property in <paramref name="element"/> or anything nested in it, or null.</summary>
    /// <returns>The property name and the JSON path of the object holding it (<c>$</c> for the top level).</returns>
    public static (string Name, string Path)? Find(JsonElement element) => Find(element, "$");

    private static (string Name, string Path)? Find(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    if (!seen.Add(property.Name)) return (property.Name, path);
                }

                foreach (var property in element.EnumerateObject())
                {
                    if (Find(property.Value, path + "." + property.Name) is { } nested) return nested;
                }

                return null;
            case JsonValueKind.Array:
                int index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (Find(item, $"{path}[{index++}]") is { } nested) return nested;
                }

                return null;
            default:
                return null;
        }
    }
}
