using IndoNews.NLP.Internal;

namespace IndoNews.NLP.Entities;

/// <summary>
/// Words that name a religion, a sect, an ideology or a people, and no person, place or organisation (OntoNotes'
/// NORP): <c>Sunni</c>, <c>Sufi</c>, <c>Budha</c>, <c>Komunis</c>, <c>Rohingya</c>, and the ideologies in <c>-isme</c>
/// (<c>Sufisme</c>, <c>Marxisme</c>). A name made only of them is none: the tagger read <c>kelompok ekstremis Sunni</c>,
/// <c>kuil Sufi</c> and <c>etnis Rohingya</c> as people.
/// </summary>
/// <remarks>
/// <para>The four NER corpora label these words O (tokens in the train and dev splits): <c>Muslim</c> 23 of 24,
/// <c>Kristen</c> 14 of 18, <c>Katolik</c> 14 of 17, <c>Hindu</c>, <c>Protestan</c>, <c>Kristiani</c>,
/// <c>Tuhan</c>, <c>Allah</c>, <c>Nasionalis</c>, <c>Kapitalis</c> always O, <c>Liberal</c> 13 of 14, <c>Yahudi</c> 4 of 5,
/// <c>Tionghoa</c> 9 of 12, <c>Sunni</c> O alone (ORG only inside <c>Arab Sunni</c>), and all 55 words in <c>-isme</c>
/// O. Their ORG and place labels are for longer names that hold them (<c>Universitas Kristen Maluku</c>, <c>Partai
/// Komunis Indonesia</c>, <c>Front Pembela Islam</c>), which keep their other words and so stay. <c>Syiah</c>,
/// <c>Sufi</c>, <c>Salafi</c>, <c>Wahabi</c>, <c>Buddhis</c>, <c>Zionis</c>, <c>Rohingya</c> do not occur alone in them
/// and follow their kind.</para>
/// <para>Left out on purpose: peoples named like their land, which the corpora tag as places (<c>Jawa</c>, <c>Arab</c>,
/// <c>Cina</c>, <c>Kurdi</c>, <c>Batak</c>), groups that are organisations (<c>Ahmadiyah</c>, <c>Taliban</c>,
/// <c>Hizbullah</c>, <c>Muhammadiyah</c>, <c>Nahdlatul Ulama</c>), and words that are also given names (<c>Imam</c>,
/// <c>Islam</c> of <c>Islam Slimani</c> stays, as the span holds another word). The <c>-is</c> forms are listed, since
/// the ending alone is no sign (<c>Paris</c>, <c>Inggris</c>).</para>
/// </remarks>
internal static class GroupWords
{
    private static readonly WordSet Words = new WordSet(
    [
        // Religions and their followers, and God.
        "Islam", "Muslim", "Muslimin", "Muslimah", "Kristen", "Kristiani", "Nasrani", "Katolik", "Katholik", "Protestan",
        "Ortodoks", "Hindu", "Buddha", "Budha", "Buddhis", "Konghucu", "Khonghucu", "Sikh", "Yahudi", "Tuhan", "Allah",

        // Sects and schools.
        "Sunni", "Syiah", "Syi'ah", "Sufi", "Salafi", "Wahabi", "Wahhabi",

        // Ideologies and their followers (the -isme forms are found by their ending).
        "Komunis", "Sosialis", "Marxis", "Liberal", "Nasionalis", "Kapitalis", "Zionis", "Islamis", "Jihadis", "Sekuler",

        // Peoples with no land of the same name.
        "Tionghoa", "Rohingya", "Uighur", "Uyghur",
    ]);

    // The -isme of an ideology or movement: at least three letters before it (not "isme" itself).
    private const string IdeologyEnding = "isme";

    /// <summary>Whether <paramref name="word"/> names a religion, sect, ideology or people (<c>Sunni</c>, <c>Sufisme</c>).</summary>
    public static bool Contains(ReadOnlySpan<char> word)
        => Words.Contains(word)
           || (word.Length >= IdeologyEnding.Length + 3 && word.EndsWith(IdeologyEnding, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Whether the parts <paramref name="first"/> to <paramref name="last"/> are group words only (<c>Muslim Rohingya</c>),
    /// with any parts that hold no letter (a hyphen) between them.
    /// </summary>
    public static bool AreAll(string text, SubTokenList parts, int first, int last)
    {
        bool any = false;
        for (int i = first; i <= last; i++)
        {
            var word = text.AsSpan(parts.Starts[i], parts.Ends[i] - parts.Starts[i]);
            if (!HasLetter(word)) continue; // a hyphen or slash between two words
            if (!Contains(word)) return false;
            any = true;
        }

        return any;
    }

    private static bool HasLetter(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (char.IsLetter(c)) return true;
        }

        return false;
    }
}
