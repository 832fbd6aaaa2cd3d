using System.Reflection;

namespace IndoNews.NLP.Tests.Properties;

/// <summary>
/// Every component the library ships, found by reflection so that a new tokenizer, stemmer,
/// lemmatizer, recognizer or stage is covered by the property tests the day it lands: each concrete
/// type implementing a component interface that offers a static <c>Default</c> (or <c>Instance</c>)
/// or a public parameterless constructor, plus one instance per value of a style enum taken by a
/// public one-parameter constructor (the GSD tokenizer and sentence styles).
/// </summary>
public static class ComponentCatalog
{
    private static readonly Assembly Library = typeof(Pipeline).Assembly;

    public static IEnumerable<T> All<T>() where T : class
    {
        foreach (var type in Library.GetTypes().Where(t => typeof(T).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false, ContainsGenericParameters: false }).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            var instance = Create<T>(type);
            if (instance is not null) yield return instance;
            foreach (var styled in CreateStyled<T>(type)) yield return styled;
        }
    }

    /// <summary>Names of the components found, for the test's own output.</summary>
    public static string Describe<T>() where T : class => string.Join(", ", All<T>().Select(c => c.GetType().Name));

    private static IEnumerable<T> CreateStyled<T>(Type type) where T : class
    {
        foreach (var constructor in type.GetConstructors())
        {
            var parameters = constructor.GetParameters();
            if (parameters.Length != 1 || !parameters[0].ParameterType.IsEnum) continue;
            foreach (var value in Enum.GetValues(parameters[0].ParameterType))
            {
                if (Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) == 0) continue; // the default style is covered above
                yield return (T)constructor.Invoke([value]);
            }
        }
    }

    private static T? Create<T>(Type type) where T : class
    {
        foreach (string name in new[] { "Default", "Instance" })
        {
            var property = type.GetProperty(name, BindingFlags.Public | BindingFlags.Static);
            if (property is not null && property.PropertyType.IsAssignableTo(typeof(T)))
            {
                return (T?)property.GetValue(null);
            }
        }

        var constructor = type.GetConstructor(Type.EmptyTypes);
        return constructor is not null && constructor.IsPublic ? (T)constructor.Invoke(null) : null;
    }
}
