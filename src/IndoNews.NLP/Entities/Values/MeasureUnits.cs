namespace IndoNews.NLP.Entities.Values;

/// <summary>Units of measure that make a number a <c>QUANTITY</c>, with the symbol reported as <see cref="Entity.Unit"/>.</summary>
internal static class MeasureUnits
{
    // Longest first within a family, lower case; matched case-insensitively as whole words.
    public static readonly (string Word, string Symbol)[] All =
    [
        ("kilogram", "kg"), ("kg", "kg"), ("miligram", "mg"), ("mg", "mg"), ("gram", "g"), ("gr", "g"), ("ton", "t"),
        ("kilometer persegi", "km2"), ("km2", "km2"), ("meter persegi", "m2"), ("m2", "m2"), ("meter kubik", "m3"), ("m3", "m3"),
        ("kilometer", "km"), ("km", "km"), ("sentimeter", "cm"), ("centimeter", "cm"), ("cm", "cm"), ("milimeter", "mm"),
        ("mm", "mm"), ("meter", "m"), ("m", "m"), ("hektare", "ha"), ("hektar", "ha"), ("ha", "ha"), ("mililiter", "mL"),
        ("ml", "mL"), ("liter", "L"), ("barel", "bbl"), ("mil", "mi"), ("knots", "kn"), ("knot", "kn"), ("inci", "in"), ("inchi", "in"),
        ("derajat celsius", "°C"), ("derajat celcius", "°C"), ("derajat", "°"), ("megawatt", "MW"), ("mw", "MW"), ("kilowatt", "kW"), ("kwh", "kWh"),
        ("kw", "kW"), ("gigawatt", "GW"), ("gw", "GW"), ("watt", "W"), ("terabyte", "TB"), ("tb", "TB"), ("gigabyte", "GB"),
        ("gb", "GB"), ("megabyte", "MB"), ("mb", "MB"), ("mah", "mAh"), ("megapiksel", "MP"), ("megapixel", "MP"), ("mp", "MP"),
        ("ghz", "GHz"), ("mhz", "MHz"), ("sr", "SR"), ("skala richter", "SR"),
    ];
}
