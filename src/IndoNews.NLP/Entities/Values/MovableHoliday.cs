namespace IndoNews.NLP.Entities.Values;

/// <summary>A holiday of the Islamic, Chinese, Balinese or Buddhist calendar, whose Gregorian day moves from year to year.</summary>
internal enum MovableHoliday
{
    /// <summary>A holiday on a fixed Gregorian day, or one whose day is not kept (<c>Ramadan</c>, <c>Paskah</c>).</summary>
    None,

    /// <summary>Idul Fitri, Lebaran: 1 Syawal.</summary>
    IdulFitri,

    /// <summary>Idul Adha, Idul Kurban: 10 Zulhijah.</summary>
    IdulAdha,

    /// <summary>Imlek, the Chinese New Year.</summary>
    Imlek,

    /// <summary>Nyepi, the Balinese (Saka) New Year.</summary>
    Nyepi,

    /// <summary>Waisak, Vesak.</summary>
    Waisak,
}
