namespace IndoNews.NLP.Entities;

/// <summary>The kinds of names the gazetteers list; a phrase may belong to several. Values are bit positions in the model file.</summary>
internal enum GazetteerCategory : byte
{
    /// <summary>Countries and their usual short forms (Amerika Serikat, AS, Rusia).</summary>
    Country = 0,
    /// <summary>Provinces, regencies, cities, world capitals and regions.</summary>
    Place = 1,
    /// <summary>Organisations: ministries, agencies, parties, companies, media, international bodies.</summary>
    Organization = 2,
    /// <summary>Job titles that precede a name (Presiden, Menteri Luar Negeri, Kapolri).</summary>
    Title = 3,
    /// <summary>Honorifics and forms of address (Pak, Bu, H., Dr.).</summary>
    Honorific = 4,
    /// <summary>Common given names and family names.</summary>
    PersonName = 5,
    /// <summary>Words that head an organisation name (Kementerian, Partai, Universitas, PT).</summary>
    OrganizationHead = 6,
    /// <summary>Words that head a place name (Kabupaten, Kota, Provinsi, Jalan, Pulau).</summary>
    PlaceHead = 7,
}
