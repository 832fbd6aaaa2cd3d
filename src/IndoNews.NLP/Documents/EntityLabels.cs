namespace IndoNews.NLP;

/// <summary>The entity labels the built-in components produce.</summary>
public static class EntityLabels
{
    /// <summary>A person.</summary>
    public const string Person = "PER";

    /// <summary>A place: country, region, city, geographic feature, address.</summary>
    public const string Location = "LOC";

    /// <summary>An organisation: government body, company, party, team, agency.</summary>
    public const string Organization = "ORG";

    /// <summary>A calendar date, absolute or relative to publication.</summary>
    public const string Date = "DATE";

    /// <summary>A time of day.</summary>
    public const string Time = "TIME";

    /// <summary>An amount of money.</summary>
    public const string Money = "MONEY";

    /// <summary>A percentage.</summary>
    public const string Percent = "PERCENT";

    /// <summary>A measured quantity.</summary>
    public const string Quantity = "QUANTITY";

    /// <summary>Whether <paramref name="label"/> is one of the tagger's name labels (PER, LOC, ORG), not a value.</summary>
    internal static bool IsName(string label) => label is Person or Location or Organization;
}
