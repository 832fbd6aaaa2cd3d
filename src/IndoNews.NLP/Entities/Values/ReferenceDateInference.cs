namespace IndoNews.NLP.Entities.Values;

/// <summary>
/// Reads a document's reference date from its own text, for <see cref="AnalyzeOptions.InferPublishedFromText"/>:
/// the first weekday written with a full date that agrees with it (<c>Kamis (18/8/2016)</c>) near the start; failing
/// that, a weekday with a day and month only (<c>Minggu (21/8)</c>) when the text settles its year (<see cref="YearlessWeekdayDate.GuessYear"/>).
/// </summary>
internal static class ReferenceDateInference
{
    /// <summary>How far into the text a mention may start: the dateline and the lead paragraphs.</summary>
    /// <remarks>A date deep in an article is as often a past event as the news day; on IndoSum the one anchor
    /// that fell weeks from the article's date started after 4,000 characters.</remarks>
    internal const int SearchLength = 1500;

    /// <summary>Finds the reference date in <paramref name="text"/>, or null when no mention qualifies.</summary>
    public static ReferenceDate? Infer(string text)
    {
        ReferenceDate? best = null;
        int bestRank = int.MaxValue;
        List<YearlessWeekdayDate>? yearless = null;

        // Without a reference, only dates that carry their own year get a full day value, which is what qualifies.
        foreach (var (start, match) in ValueEntityRecognizer.Scan(text, null, SearchLength))
        {
            if (match.Label != EntityLabels.Date) continue;
            if (match.Normalized is null && YearlessWeekdayDate.TryRead(text, start, match.End, out var dayMonth)) (yearless ??= []).Add(dayMonth);
            if (match.Normalized is not { Length: 10 } iso) continue;
            if (!RelativeDateResolver.TryParseDay(iso, out var date)) continue;

            // The weekday vouches for the date: a typo year ("Selasa (13/12/2106)") or a past date without one does not.
            if (IndonesianCalendar.MatchWeekday(text, start, out var weekday) < 0 || weekday != date.DayOfWeek) continue;
            int rank = Rank(text, start, match.End);
            if (rank < bestRank)
            {
                best = new ReferenceDate(date, ReferenceDateSource.Text, start, match.End);
                bestRank = rank;
                if (rank == 0) return best;
            }
        }

        return best ?? (yearless is null ? null : FromYearless(text, yearless));
    }

    // "Minggu (21/8)" with its year guessed: chosen as full dates are.
    private static ReferenceDate? FromYearless(string text, List<YearlessWeekdayDate> dates)
    {
        if (YearlessWeekdayDate.GuessYear(text, dates) is not int year) return null;
        YearlessWeekdayDate? chosen = null;
        int bestRank = int.MaxValue;
        foreach (var date in dates)
        {
            int rank = Rank(text, date.Start, date.End);
            if (rank < bestRank)
            {
                chosen = date;
                bestRank = rank;
            }
        }

        return chosen is { } c && c.In(year) is { } day ? new ReferenceDate(day, ReferenceDateSource.Text, c.Start, c.End) : null;
    }

    // Lower is better; int.MaxValue never qualifies. The reporting day follows a comma ("kata Henry di Jakarta, Kamis
    // (18/8/2016)"); after "pada" it is more often an earlier event ("peristiwa itu terjadi pada Minggu 15 Januari 2017").
    // A day announced as coming is a preview's match or a planned event: a scheduled one ("dijadwalkan berlangsung …,
    // Selasa (13/6)") never anchors, one after "akan" only when nothing else does, as it is often the same day.
    private static int Rank(string text, int start, int end) => PreviewDate.Classify(text, start, end) switch
    {
        PreviewDate.Kind.Scheduled => int.MaxValue,
        PreviewDate.Kind.Coming => AfterComma(text, start) ? 2 : 3,
        _ => AfterComma(text, start) ? 0 : 1,
    };

    private static bool AfterComma(string text, int pos)
    {
        int p = pos - 1;
        while (p >= 0 && char.IsWhiteSpace(text[p]) && text[p] != '\n') p--;
        return p >= 0 && text[p] == ',';
    }
}
