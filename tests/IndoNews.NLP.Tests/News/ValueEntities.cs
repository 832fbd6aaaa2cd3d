using IndoNews.NLP.Entities.Values;

namespace IndoNews.NLP.Tests.News;

/// <summary>Runs the rule-based value recogniser (DATE, TIME, MONEY, PERCENT, QUANTITY) alone on one text, for the value tests.</summary>
internal static class ValueEntities
{
    /// <summary>The news IndoSum's test articles were published around; relative dates resolve against it.</summary>
    public static readonly DateOnly June1 = new(2017, 6, 1);

    /// <summary>Every value entity of <paramref name="text"/>, with relative dates resolved against <paramref name="published"/>.</summary>
    public static List<Entity> Of(string text, DateOnly? published)
    {
        var builder = new DocumentBuilder(text, new AnalyzeOptions { PublishedAt = published });
        ValueEntityRecognizer.Default.Recognize(builder);
        return builder.Entities;
    }

    /// <summary>The DATE entities of <paramref name="text"/> published on <see cref="June1"/>.</summary>
    public static List<Entity> DatesOn1June(string text) => Of(text, June1).Where(e => e.Label == EntityLabels.Date).ToList();
}
