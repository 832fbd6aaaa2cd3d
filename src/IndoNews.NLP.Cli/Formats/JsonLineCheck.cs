using System.Text.Json;

namespace IndoNews.NLP.Cli.Formats;

/// <summary>
/// Checks one JSON Lines object for what System.Text.Json parses but cannot give back: a property name that occurs
/// twice in one object (<see cref="System.Text.Json.Nodes.JsonObject"/> throws on first access) and a string or property
/// name with an unpaired surrogate escape (<c>"\ud800"</c>, which throws when the pass-through field is written out). Found up
/// front, each is reported as invalid input with its line instead of an internal error later.
/// </summary>
internal static class JsonLineCheck
{
    /// <summary>The first problem in <paramref name="root"/> or anything nested in it, as a message fragment, or null.</summary>
    /// <param name="root">The line's object.</param>
    /// <param name="skipTopLevel">A top-level property not to check for surrogates (the text, which is read and checked on its own).</param>
    public static string? FindProblem(JsonElement root, string skipTopLevel) => Find(root, "$", skipTopLevel);

    private static string? Find(JsonElement element, string path, string? skip)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    // A name is checked as a string is: "sou\ud800rce" parses, and reading it threw (an internal error).
                    string name;
                    try
                    {
                        name = property.Name;
                    }
                    catch (InvalidOperationException)
                    {
                        return $"invalid JSON: a property name{(path == "$" ? string.Empty : $" in {path[2..]}")} has an unpaired surrogate escape (\\uD800-\\uDFFF)";
                    }

                    if (!seen.Add(name)) return $"duplicate property \"{name}\"{(path == "$" ? string.Empty : $" in {path}")}";
                }

                foreach (var property in element.EnumerateObject())
                {
                    if (skip is not null && property.NameEquals(skip)) continue;
                    if (Find(property.Value, path + "." + property.Name, null) is { } nested) return nested;
                }

                return null;
            case JsonValueKind.Array:
                int index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (Find(item, $"{path}[{index++}]", null) is { } nested) return nested;
                }

                return null;
            case JsonValueKind.String:
                try
                {
                    _ = element.GetString();
                    return null;
                }
                catch (InvalidOperationException)
                {
                    return $"invalid JSON: field '{path[2..]}' has an unpaired surrogate escape (\\uD800-\\uDFFF)";
                }

            default:
                return null;
        }
    }
}
