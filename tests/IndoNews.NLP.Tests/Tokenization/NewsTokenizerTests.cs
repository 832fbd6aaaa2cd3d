using IndoNews.NLP.Tokenization;

namespace IndoNews.NLP.Tests.Tokenization;

public class NewsTokenizerTests
{
    [Fact]
    public void DatelineWithDashAndRelativeDateInBrackets()
    {
        Assert.Equal(
            "MOSKOW | - | Menteri | Luar | Negeri | Rusia | Sergei | Lavrov | bertemu | Menlu | AS | John | Kerry | di | Jenewa | , | Sabtu | ( | 2/7 | ) | .",
            TokenAssert.Show("MOSKOW - Menteri Luar Negeri Rusia Sergei Lavrov bertemu Menlu AS John Kerry di Jenewa, Sabtu (2/7)."));
    }

    [Fact]
    public void CnnDatelineDoubleDashAndRupiahAmounts()
    {
        Assert.Equal(
            "Jakarta | , | CNN | Indonesia | -- | Pemerintah | menyiapkan | Rp | 1,5 | triliun | dan | Rp | 1.500.000,50 | untuk | e-KTP | .",
            TokenAssert.Show("Jakarta, CNN Indonesia -- Pemerintah menyiapkan Rp1,5 triliun dan Rp 1.500.000,50 untuk e-KTP."));
    }

    [Fact]
    public void NamesWithArabicArticleAndReduplicationStayWhole()
    {
        Assert.Equal(
            "Presiden | Suriah | Bashar | al-Assad | menemui | anak-anak | korban | di | Al-Qusayr",
            TokenAssert.Show("Presiden Suriah Bashar al-Assad menemui anak-anak korban di Al-Qusayr"));
    }

    [Fact]
    public void CliticsAreSplitInsideOneSurfaceToken()
    {
        Assert.Equal(
            "Kemenlu | menyatakan | buku+nya | hilang | , | apa+kah | benar | ? | Silakan | ambil+lah | , | siapa+pun | boleh",
            TokenAssert.Show("Kemenlu menyatakan bukunya hilang, apakah benar? Silakan ambillah, siapapun boleh"));

        var tokens = TokenAssert.Tokenize("bukunya");
        Assert.Equal((0, 4, 0, 7), (tokens[0].Start, tokens[0].End, tokens[0].SurfaceStart, tokens[0].SurfaceEnd));
        Assert.Equal((4, 7, 0, 7), (tokens[1].Start, tokens[1].End, tokens[1].SurfaceStart, tokens[1].SurfaceEnd));
    }

    [Theory]
    [InlineData("sekolah")]
    [InlineData("adalah")]
    [InlineData("hanya")]
    [InlineData("sebelumnya")]
    [InlineData("maupun")]
    [InlineData("meskipun")]
    [InlineData("langkah")]
    [InlineData("pelaku")]
    [InlineData("berlaku")]
    [InlineData("buku")]
    [InlineData("bertemu")]
    [InlineData("Abdullah")]
    [InlineData("Hizbullah")]
    [InlineData("punya")]
    [InlineData("Kenya")]
    [InlineData("Catalunya")]
    public void FrozenFormsAreNotSplit(string word) => Assert.Equal(word, TokenAssert.Show(word));

    [Theory]
    [InlineData(TokenizationStyle.News)]
    [InlineData(TokenizationStyle.UdGsd)]
    public void SeNyaAdverbsStayWholeLikeSebenarnya(TokenizationStyle style)
    {
        // GSD dev and CSUI train keep se-...-nya adverbs whole (sebenarnya, sebelumnya, setidaknya); their
        // near-synonyms did split (Sebetul+nya, sejujur+nya, Seperti+nya, Setelah+nya beside sebelumnya).
        Assert.Equal(
            "Sebetulnya | dia | welcome | , | cuma | saya | aja | yang | enggak | mau | .",
            TokenAssert.Show("Sebetulnya dia welcome, cuma saya aja yang enggak mau.", style));
        Assert.Equal(
            "\" | Dan | sejujurnya | , | tidak | masalah | kalau | Conor | punya | sabuk | atau | tidak | .",
            TokenAssert.Show("\"Dan sejujurnya, tidak masalah kalau Conor punya sabuk atau tidak.", style));
        Assert.Equal(
            "Sepertinya | Lorenzo | tak | belajar | dari | keluhan+nya | dengan | ban | lunak | .",
            TokenAssert.Show("Sepertinya Lorenzo tak belajar dari keluhannya dengan ban lunak.", style));
        Assert.Equal(
            "Setelahnya | , | Miryam | pun | mencabut | keterangan | BAP | itu | dalam | persidangan | .",
            TokenAssert.Show("Setelahnya, Miryam pun mencabut keterangan BAP itu dalam persidangan.", style));

        // The superlative se-X-Xnya by rule, not by list.
        Assert.Equal(
            "jaksa | menuntut | Irman | dengan | hukuman | seringan-ringannya | , | kerugian | sekurang-kurangnya | Rp | 3,7 | triliun",
            TokenAssert.Show("jaksa menuntut Irman dengan hukuman seringan-ringannya, kerugian sekurang-kurangnya Rp 3,7 triliun", style));
    }

    [Fact]
    public void SeNyaNounPhrasesStillSplit()
    {
        // The treebanks split se-X + nya where -nya is a possessor or object (sekitarnya, semuanya).
        Assert.Equal(
            "perokok | pasif | di | sekitar+nya | , | rekan | setim+nya | , | Schooling | yang | sehari-hari+nya | berlatih",
            TokenAssert.Show("perokok pasif di sekitarnya, rekan setimnya, Schooling yang sehari-harinya berlatih"));
    }

    [Fact]
    public void ShirtNumbersInLineUpsLeaveTheName()
    {
        // IndoSum line-ups write "26-Stephan Lichtsteiner"; as one token the number swallowed the first name.
        Assert.Equal(
            "Juventus | : | 26 | - | Stephan | Lichtsteiner | , | 6 | - | Sami | Khedira | ; | 9 | - | Gonzalo | Higuain",
            TokenAssert.Show("Juventus: 26-Stephan Lichtsteiner, 6-Sami Khedira; 9-Gonzalo Higuain"));

        // Dates with an English month, decades and codes stay whole.
        Assert.Equal("Pada | 03-Oct | , | era | 1960-an | , | F-16 | dan | ke-5", TokenAssert.Show("Pada 03-Oct, era 1960-an, F-16 dan ke-5"));
    }

    [Fact]
    public void TreebankStylesDifferOnLainnyaAbbreviationsAndPossessives()
    {
        const string text = "Dr. Ahmad membeli saham Moody's dan lainnya.";
        Assert.Equal("Dr. | Ahmad | membeli | saham | Moody | 's | dan | lain+nya | .", TokenAssert.Show(text, TokenizationStyle.News));
        Assert.Equal("Dr | . | Ahmad | membeli | saham | Moody's | dan | lainnya | .", TokenAssert.Show(text, TokenizationStyle.UdGsd));
    }

    [Fact]
    public void AbbreviationsTitlesAndInitialsKeepTheirPeriod()
    {
        Assert.Equal(
            "Prof. | Dr. | H. | Joko | P. | Widodo | , | S.H. | , | tinggal | di | Jl. | Sudirman | No. | 5 | , | a.n. | Budi | , | dll. | Dia | datang",
            TokenAssert.Show("Prof. Dr. H. Joko P. Widodo, S.H., tinggal di Jl. Sudirman No. 5, a.n. Budi, dll. Dia datang"));
    }

    [Fact]
    public void AnInitialAfterALowerCaseWordIsALetterBeforeTheFullStop()
    {
        Assert.Equal("naik | dibanding | kuartal | I | . | Dengan", TokenAssert.Show("naik dibanding kuartal I. Dengan"));

        // IndoSum: a sentence end before a word that news writes in lower case keeps the letter apart too.
        Assert.Equal("60 | juta | kasus | hepatitis | B | . | Vaksin | yang", TokenAssert.Show("60 juta kasus hepatitis B. Vaksin yang"));
    }

    [Fact]
    public void AnInitialAfterALowerCaseWordKeepsItsPeriodBeforeAName()
    {
        // IndoSum: a person named with an initial right after a verb or a common noun.
        Assert.Equal("yang | dikemudikan | M. | Darus | Jaelani", TokenAssert.Show("yang dikemudikan M. Darus Jaelani"));
        Assert.Equal("sebelum | wasit | P. | Gil | meniup | peluit", TokenAssert.Show("sebelum wasit P. Gil meniup peluit"));
        Assert.Equal("melalui | gol | N. | Thanabalan", TokenAssert.Show("melalui gol N. Thanabalan"));

        // In a list of names after a comma, and in a line-up after the shirt number's hyphen.
        Assert.Equal("Tanzil | Mangkualam | , | M. | Arfan | , | dan", TokenAssert.Show("Tanzil Mangkualam, M. Arfan, dan"));
        Assert.Equal("Siani | ( | 7 | - | M. | Ngamaleu | 86 | ' | )", TokenAssert.Show("Siani (7 - M. Ngamaleu 86')"));
    }

    [Fact]
    public void AnInitialAfterABylineLabelKeepsItsPeriod()
    {
        // IndoSum 1867: the reporter's name under the headline; after other colons a letter and a period label an item.
        Assert.Equal("Reporter | : | M. | Yazid", TokenAssert.Show("Reporter: M. Yazid"));
        Assert.Equal("Editor | : | A. | Rahman", TokenAssert.Show("Editor: A. Rahman"));
        Assert.Equal("sebagai | berikut | : | A | . | Calon | penumpang", TokenAssert.Show("sebagai berikut: A. Calon penumpang"));
        Assert.Equal("Tersangka | : | M | . | Yazid", TokenAssert.Show("Tersangka: M. Yazid"));
    }

    [Fact]
    public void AnInitialAfterALineOpeningListNumberKeepsItsPeriodBeforeAName()
    {
        // IndoSum 844: a numbered list of appointed experts, one a line; the name opens with an initial.
        Assert.Equal(
            "5 | . | Marco | Kusumawijaya | , | pakar | tata | kota | . | 6 | . | M. | Hanief | Arie | Setyanto | , | mantan | deputi",
            TokenAssert.Show("5. Marco Kusumawijaya, pakar tata kota.\n6. M. Hanief Arie Setyanto, mantan deputi"));
        Assert.Equal("1 | . | A. | Rahman", TokenAssert.Show("1. A. Rahman"));

        // A letter that labels a sub-item before a word that opens sentences, or a number inside a line, keeps its period apart.
        Assert.Equal("2 | . | A | . | Dalam | hal", TokenAssert.Show("2. A. Dalam hal"));
        Assert.Equal("skor | 6 | . | M | . | Hanief", TokenAssert.Show("skor 6. M. Hanief"));
    }

    [Fact]
    public void TheClubPrefixPSKeepsItsPeriodBeforeTheClubsShortForm()
    {
        // IndoSum 983: the league's disciplinary decisions name the army's club "PS. TNI".
        Assert.Equal(
            "13 | . | Tim | PS. | TNI | dikenakan | sanksi | denda",
            TokenAssert.Show("13. Tim PS. TNI dikenakan sanksi denda"));

        // Before a capitalised word that is no short form the period ends the sentence; GSD splits every such period.
        Assert.Equal("chat | di | PS | . | Saya | akan | balas", TokenAssert.Show("chat di PS. Saya akan balas"));
        Assert.Equal("Tim | PS | . | TNI", TokenAssert.Show("Tim PS. TNI", TokenizationStyle.UdGsd));
    }

    [Fact]
    public void AClockTimeGluedToANameIsATokenOfItsOwn()
    {
        // IndoSum 2481: a basketball schedule that lost its line breaks ("NSH Jakarta18.00 - 20.00 WIB").
        Assert.Equal(
            "NSH | Jakarta | 18.00 | - | 20.00 | WIB | : | Siliwangi | Bandung | vs | Satya | Wacana | Salatiga | 20.00 | - | 22.00 | WIB",
            TokenAssert.Show("NSH Jakarta18.00 - 20.00 WIB: Siliwangi Bandung vs Satya Wacana Salatiga20.00 - 22.00 WIB"));
        Assert.Equal(TokenKind.Number, TokenAssert.Tokenize("Caesar17.00")[1].Kind);

        // No time: an hour past 24, minutes past 59, a code without lower-case letters, a version in the UD GSD style.
        Assert.Equal("Jakarta30.00", TokenAssert.Show("Jakarta30.00"));
        Assert.Equal("Jakarta18.75", TokenAssert.Show("Jakarta18.75"));
        Assert.Equal("MX18.00", TokenAssert.Show("MX18.00"));
        Assert.Equal("Jakarta18.00", TokenAssert.Show("Jakarta18.00", TokenizationStyle.UdGsd));
    }

    [Fact]
    public void AKaomojiIsOneToken()
    {
        Assert.Equal(
            [
                ("Terima", TokenKind.Word), ("kasih", TokenKind.Word), ("ya", TokenKind.Word), ("(^_^)", TokenKind.Emoji),
                ("Capek", TokenKind.Word), ("-_-", TokenKind.Emoji), ("malu", TokenKind.Word), (">_<", TokenKind.Emoji),
                ("keren", TokenKind.Word), ("^^", TokenKind.Emoji), ("sedih", TokenKind.Word), ("(T_T)", TokenKind.Emoji),
            ],
            TokenAssert.Kinds("Terima kasih ya (^_^) Capek -_- malu >_< keren ^^ sedih (T_T)"));

        // No face: a bracketed letter, a dash run, a face that runs on into a word.
        Assert.Equal("( | a | ) | --- | ^ | _ | ^ | abc", TokenAssert.Show("(a) --- ^_^abc"));
    }

    [Fact]
    public void ABareCryingFaceIsOneToken()
    {
        // A comment's crying face without brackets, as "(T_T)" in brackets.
        Assert.Equal(
            [("Sedih", TokenKind.Word), ("banget", TokenKind.Word), ("T_T", TokenKind.Emoji), ("kapan", TokenKind.Word), ("ya", TokenKind.Word)],
            TokenAssert.Kinds("Sedih banget T_T kapan ya"));
        Assert.Equal("kalah | lagi | T_T | .", TokenAssert.Show("kalah lagi T_T."));

        // Letters glued to it on either side make a code or a name, not a face; GSD's style has no faces.
        Assert.Equal("FT | _ | T | T | _ | T1", TokenAssert.Show("FT_T T_T1"));
        Assert.Equal("sedih | T | _ | T", TokenAssert.Show("sedih T_T", TokenizationStyle.UdGsd));
    }

    [Fact]
    public void NumbersOrdinalsDecadesPercentagesTimes()
    {
        Assert.Equal(
            "Pada | 1960-an | , | juara | ke-5 | naik | 30 | % | pukul | 14:35 | WIB | , | skor | 2-1",
            TokenAssert.Show("Pada 1960-an, juara ke-5 naik 30% pukul 14:35 WIB, skor 2-1", TokenizationStyle.UdGsd));
        Assert.Equal("rentang | 5 | - | 10 | persen | , | Januari | - | September", TokenAssert.Show("rentang 5-10 persen, Januari-September"));
        // UD CSUI: a range between two dates splits at its hyphen like "Januari-September"; codes keep theirs.
        Assert.Equal("periode | 15 | April | - | 14 | Mei | 2007 | , | PT | Mobile-8", TokenAssert.Show("periode 15 April-14 Mei 2007, PT Mobile-8"));
        Assert.Equal(TokenKind.Number, TokenAssert.Tokenize("ke-5")[0].Kind);
        Assert.Equal(TokenKind.Number, TokenAssert.Tokenize("1.500.000,50")[0].Kind);
    }

    [Fact]
    public void AModelCodeWithALetterBeforeItsHyphenIsOneToken()
    {
        // IndoSum: processor and package codes; a range of plain numbers and a score still split at the hyphen.
        Assert.Equal("prosesor | Intel | Core | i7-7500U | , | dilengkapi | RAM", TokenAssert.Show("prosesor Intel Core i7-7500U, dilengkapi RAM"));
        Assert.Equal("quad-core | Intel | Atom | x7-8700 | , | RAM | 4 | GB", TokenAssert.Show("quad-core Intel Atom x7-8700, RAM 4 GB"));
        Assert.Equal("Core | i9-7920X | yang | sama-sama", TokenAssert.Show("Core i9-7920X yang sama-sama"));
        Assert.Equal("persen | , | Paket | B2-1 | sebesar", TokenAssert.Show("persen, Paket B2-1 sebesar"));
        Assert.Equal("menang | 3 | - | 0 | pada | 2017 | - | 2022", TokenAssert.Show("menang 3-0 pada 2017-2022"));
        Assert.Equal(TokenKind.Word, TokenAssert.Tokenize("i7-7500U")[0].Kind);
    }

    [Fact]
    public void AnAmountPerALowerCaseUnitAndARangeRepeatingRpSplit()
    {
        // IndoSum: the price is an amount of its own, a slash and the unit; the upper end of a range writes "Rp" again.
        Assert.Equal("sekitar | Rp | 6.800 | / | liter | .", TokenAssert.Show("sekitar Rp 6.800/liter."));
        Assert.Equal("harga | Rp | 9.700 | / | kg | karena", TokenAssert.Show("harga Rp 9.700/kg karena"));
        Assert.Equal("sudah | Rp | 30 | - | Rp | 35 | ribu | per | kg", TokenAssert.Show("sudah Rp 30-Rp 35 ribu per kg"));

        // Codes and paths keep their slashes: capitals, more parts, or a part of a path before the number.
        Assert.Equal("Ketua | RT | 3/RW | VIII", TokenAssert.Show("Ketua RT 3/RW VIII"));
        Assert.Equal("Nomor | 34/PMK.011/2007 | tanggal", TokenAssert.Show("Nomor 34/PMK.011/2007 tanggal"));
        Assert.Equal("upload | / | 2017 | / | 05/radja", TokenAssert.Show("upload / 2017/05/radja"));
    }

    [Fact]
    public void WebAddressesEmailMentionsHashtagsAndEmoji()
    {
        const string text = "Baca https://www.kompas.com/read/2020/01/01/berita. Kirim ke redaksi@kompas.co.id, @kompascom #BeritaHariIni 😀👍🏽 dari Kompas.com!";
        Assert.Equal(
            [
                ("Baca", TokenKind.Word), ("https://www.kompas.com/read/2020/01/01/berita", TokenKind.Url), (".", TokenKind.Punctuation),
                ("Kirim", TokenKind.Word), ("ke", TokenKind.Word), ("redaksi@kompas.co.id", TokenKind.Email), (",", TokenKind.Punctuation),
                ("@kompascom", TokenKind.Mention), ("#BeritaHariIni", TokenKind.Hashtag), ("😀", TokenKind.Emoji), ("👍🏽", TokenKind.Emoji),
                ("dari", TokenKind.Word), ("Kompas.com", TokenKind.Url), ("!", TokenKind.Punctuation),
            ],
            TokenAssert.Kinds(text));
    }

    [Fact]
    public void ADomainWithSubdomainsIsOneAddress()
    {
        // IndoSum: "mobile." was a word and a period, and the splitter ended a sentence there.
        Assert.Equal(
            "Twitter | Lite | dapat | diakses | di | mobile.twitter.com | melalui | browser",
            TokenAssert.Show("Twitter Lite dapat diakses di mobile.twitter.com melalui browser"));
        Assert.Contains(("pic.twitter.com/Xy12AbCd", TokenKind.Url), TokenAssert.Kinds("doanya! pic.twitter.com/Xy12AbCd"));

        // A capitalised word before a domain is a sentence end with its space missing, not a subdomain.
        Assert.Equal("ke | Jakarta | . | detik.com", TokenAssert.Show("ke Jakarta.detik.com"));
    }

    [Fact]
    public void ASiteNamedByANumberOrUnderAiIsOneAddress()
    {
        // IndoSum: "99." was a number and a period, and the splitter ended a sentence before "co telah ...".
        Assert.Equal(
            "Portal | properti | asal | Singapura | 99.co | telah | berhasil | mengakuisisi",
            TokenAssert.Show("Portal properti asal Singapura 99.co telah berhasil mengakuisisi"));
        Assert.Equal(TokenKind.Url, TokenAssert.Tokenize("99.co")[0].Kind);
        Assert.Equal("Kata.ai | , | layanan | lokal", TokenAssert.Show("Kata.ai, layanan lokal"));

        // A number before a missing space is no address.
        Assert.Equal("sebesar | 811 | . | Angka | kematian", TokenAssert.Show("sebesar 811.Angka kematian"));
        Assert.Equal("Android | 8 | . | x | Oreo", TokenAssert.Show("Android 8.x Oreo"));
    }

    [Fact]
    public void InformalTextKeepsEmoticonsCensoredWordsAndReduplicationWithA2Whole()
    {
        // IndoSum: a food blogger's post, an Instagram apology, and a 2-reduplication with a clitic.
        Assert.Equal(
            [
                ("Harga", TokenKind.Word), ("nya", TokenKind.Word), ("55", TokenKind.Number), ("ribu", TokenKind.Word), (":)", TokenKind.Emoji),
                ("Sampai", TokenKind.Word), ("ketemu", TokenKind.Word), (":D", TokenKind.Emoji), (";p", TokenKind.Emoji), (":((", TokenKind.Emoji),
            ],
            TokenAssert.Kinds("Harganya 55 ribu:)\nSampai ketemu :D ;p :(("));
        Assert.Equal(
            "\" | Aaa | Maaf | yaa | , | aku | ngomong | bang**t | . | Pernikahan | Ilham | SM*SH",
            TokenAssert.Show("\"Aaa Maaf yaa, aku ngomong bang**t. Pernikahan Ilham SM*SH"));
        Assert.Equal(
            "kasian | anak2+nya | , | teman2+ku | juga | , | kira2 | ?",
            TokenAssert.Show("kasian anak2nya, teman2ku juga, kira2?"));

        // A colon before a numbered item, a ratio and a bracketed letter are no emoticons; masked digits are no word.
        Assert.Equal("Catatan | : | ( | 1 | ) | skor | 2:1 | ( | D | )", TokenAssert.Show("Catatan:(1) skor 2:1 (D)"));
        Assert.Equal("PSD2+nya | s | * | * | 3", TokenAssert.Show("PSD2nya s**3"));
    }

    [Fact]
    public void EmailAtTheEndOfASentenceLeavesThePeriodOut()
    {
        const string text = "Informasi melalui surel humas@jabarprov.go.id. Terima kasih.";
        Assert.Equal(
            [
                ("Informasi", TokenKind.Word), ("melalui", TokenKind.Word), ("surel", TokenKind.Word),
                ("humas@jabarprov.go.id", TokenKind.Email), (".", TokenKind.Punctuation),
                ("Terima", TokenKind.Word), ("kasih", TokenKind.Word), (".", TokenKind.Punctuation),
            ],
            TokenAssert.Kinds(text));
    }

    [Fact]
    public void QuotesEllipsisAndBrackets()
    {
        Assert.Equal(
            "\" | Saya | tidak | tahu | ... | \" | kata+nya | ( | pelan | ) | .",
            TokenAssert.Show("\"Saya tidak tahu...\" katanya (pelan)."));
        Assert.Equal("“ | Kami | siap | , | ” | ujar | Jum'at", TokenAssert.Show("“Kami siap,” ujar Jum'at"));
    }

    [Fact]
    public void ProcliticKauIsAWordOfItsOwn()
    {
        Assert.Equal("kau+lihat | kaum | kaus", TokenAssert.Show("kaulihat kaum kaus"));
    }

    [Fact]
    public void CreditRatingsKeepTheirSign()
    {
        Assert.Equal("peringkat | idAA- | dan | A+idn | , | bukan | A | - | B", TokenAssert.Show("peringkat idAA- dan A+idn, bukan A - B"));
    }

    [Fact]
    public void UndecodedHtmlCharacterReferencesAreOneSymbol()
    {
        Assert.Equal(
            "Tom | &amp; | Jerry | &#8220; | lucu | &#x201D; | & | foo | bar | ; | A | & | B",
            TokenAssert.Show("Tom &amp; Jerry &#8220;lucu&#x201D; &foo bar; A&B"));
        Assert.Contains(("&amp;", TokenKind.Symbol), TokenAssert.Kinds("Tom &amp; Jerry"));
        Assert.Equal("suhu | 14 | &amp;nbsp | derajat", TokenAssert.Show("suhu 14 &amp;nbsp derajat", TokenizationStyle.UdGsd));
    }

    [Fact]
    public void NewsWebTextCases()
    {
        // Capitals inside a word mark a name or an acronym: no clitic split; a lower-case clitic after an acronym splits.
        Assert.Equal("KerjaKu | PSDKU | NPL+nya | PRESIDEN+NYA", TokenAssert.Show("KerjaKu PSDKU NPLnya PRESIDENNYA"));
        // A capitalised reduplication with a suffix is one token, like the lower-case one.
        Assert.Equal("Obat-Obatan | obat-obatan | Jawa | - | Bali", TokenAssert.Show("Obat-Obatan obat-obatan Jawa-Bali"));
        // Upper-case web domains in datelines, and .in.
        Assert.Equal("JUARA.NET | , | JAKARTA | - | Tim | Digiro.in | .", TokenAssert.Show("JUARA.NET, JAKARTA - Tim Digiro.in."));
        // Bidirectional marks left by web pages separate tokens and are none.
        Assert.Equal("bagus | .", TokenAssert.Show("bagus\u200E.\u200E\u202A"));
        // A capitalised name inside a sentence ending in -ku/-mu/-kah/-lah is whole; at a sentence start the clitic splits.
        Assert.Equal("Apa+kah | Lukaku | datang | ? | Rumah+ku | jauh | , | kata | Atikah | .", TokenAssert.Show("Apakah Lukaku datang? Rumahku jauh, kata Atikah."));
        Assert.Equal("\" | Dia+lah | pemenang+nya | . | \"", TokenAssert.Show("\"Dialah pemenangnya.\""));
        Assert.Equal("Ia | bertanya | , | \" | Apa+kah | ini | ?", TokenAssert.Show("Ia bertanya, \"Apakah ini?"));
        // A right quote that opens a quotation (as IndoSum writes it) or closes one before the next sentence.
        Assert.Equal("” | Rumah+ku | hancur | , | ” | ujar+nya | .", TokenAssert.Show("” Rumahku hancur,” ujarnya."));
        Assert.Equal("” | Ya | . | ” | Rumah+ku | hancur | .", TokenAssert.Show("” Ya.” Rumahku hancur."));
        Assert.Equal("Budi | , | S.Or. | , | M.Or. | hadir", TokenAssert.Show("Budi, S.Or., M.Or. hadir"));
        // A letter after Serie/Grup is a label, so its period ends the sentence; after a name it is an initial.
        Assert.Equal("Serie | A | . | Joko | W. | Santoso", TokenAssert.Show("Serie A. Joko W. Santoso"));
    }

    [Fact]
    public void ANameEndingLikeAClitic_StaysWholeAtASentenceStart_WhenTheTextWritesItAsANameElsewhere()
    {
        // IndoSum (ANTARA, the film Salawaku): the title opens sentences and stands inside them too.
        Assert.Equal(
            "Salawaku | mulai | diputar | hari | ini | . | Film | itu | bercerita | tentang | bocah | bernama | Salawaku | .",
            TokenAssert.Show("Salawaku mulai diputar hari ini. Film itu bercerita tentang bocah bernama Salawaku."));
        Assert.Equal(
            "Mourinho | puas | dengan | performa | Lukaku | . | Lukaku | selalu | mencetak | gol | .",
            TokenAssert.Show("Mourinho puas dengan performa Lukaku. Lukaku selalu mencetak gol."));

        // Without such evidence the sentence start splits as before; -lah and -kah need a name part before the other
        // occurrence, since a title-case heading capitalises an imperative too.
        Assert.Equal("Rumah+ku | jauh | .", TokenAssert.Show("Rumahku jauh."));
        Assert.Equal(
            "Menjauh+lah | dari | jendela | . | Apabila | di | Luar | Ruangan | , | Menjauhlah | dari | Bangunan",
            TokenAssert.Show("Menjauhlah dari jendela.\nApabila di Luar Ruangan, Menjauhlah dari Bangunan"));

        // A question or emphasis word is a name after another part of one (IndoSum: "Ajeng Gandini Kamilah menilai"),
        // and a title's period opens no sentence ("drg. Djamilah").
        Assert.Equal(
            "Kamilah | menilai | pasal | itu | . | Peneliti | ICJR | Ajeng | Gandini | Kamilah | hadir | .",
            TokenAssert.Show("Kamilah menilai pasal itu. Peneliti ICJR Ajeng Gandini Kamilah hadir."));
        Assert.Equal("Kami+lah | yang | menang | , | kata | Budi | .", TokenAssert.Show("Kamilah yang menang, kata Budi."));
        Assert.Equal("ujar | spesialis | gigi | drg. | Djamilah | Tohirah", TokenAssert.Show("ujar spesialis gigi drg. Djamilah Tohirah"));
    }

    [Fact]
    public void AHashtagKeepsACensoredWordWhole()
    {
        // IndoSum: Ariel's Instagram story.
        Assert.Equal(
            [("celana", TokenKind.Word), ("gw", TokenKind.Word), ("#sukamentalmental", TokenKind.Hashtag), ("#bang**t", TokenKind.Hashtag), (",", TokenKind.Punctuation)],
            TokenAssert.Kinds("celana gw #sukamentalmental #bang**t,"));
        Assert.Equal("#SM*SH | #a | * | *", TokenAssert.Show("#SM*SH #a**"));
    }

    [Fact]
    public void PercentAndCurrencySignsAreSymbolsAndPunctuationIsNot()
    {
        var kinds = TokenAssert.Kinds("Inflasi naik 5% (dari 3‰), harga $5 + pajak.");
        Assert.Contains(("%", TokenKind.Symbol), kinds);
        Assert.Contains(("‰", TokenKind.Symbol), kinds);
        Assert.Contains(("$", TokenKind.Symbol), kinds);
        Assert.Contains(("+", TokenKind.Symbol), kinds);
        Assert.Contains(("(", TokenKind.Punctuation), kinds);
        Assert.Contains((",", TokenKind.Punctuation), kinds);
        Assert.Contains((".", TokenKind.Punctuation), kinds);
        Assert.Contains(("5", TokenKind.Number), kinds);
    }

    [Fact]
    public void SlashesBetweenWordsAreTokens()
    {
        Assert.Equal("DPR | / | MPR | dan | / | atau | S/A | II/2007 | 34/PMK.011/2007", TokenAssert.Show("DPR/MPR dan/atau S/A II/2007 34/PMK.011/2007"));
    }

    [Fact]
    public void EmptyAndWhiteSpaceTextHaveNoTokens()
    {
        Assert.Empty(TokenAssert.Tokenize(string.Empty));
        Assert.Empty(TokenAssert.Tokenize(" \t\r\n\u200B\u00A0 "));
    }

    [Fact]
    public void NullArgumentsThrow()
    {
        Assert.Throws<ArgumentNullException>(() => NewsTokenizer.Default.Tokenize(null!, new TokenList()));
        Assert.Throws<ArgumentNullException>(() => NewsTokenizer.Default.Tokenize("a", null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new NewsTokenizer((TokenizationStyle)42));
    }

    [Fact]
    public void EvaluativeSentenceAdverbsStayWholeLikeSayangnya()
    {
        Assert.Equal(
            "Untungnya | , | menurut | polisi | , | tidak | ada | korban | jiwa | .",
            TokenAssert.Show("Untungnya, menurut polisi, tidak ada korban jiwa."));
        Assert.Equal("Sayangnya | , | Yayan | absen | .", TokenAssert.Show("Sayangnya, Yayan absen."));
        Assert.Equal("Ironisnya | , | gol | itu | dianulir | .", TokenAssert.Show("Ironisnya, gol itu dianulir."));
        // The adjective's noun with -nya still splits where it is not one of those adverbs.
        Assert.Equal("Menarik+nya | , | Rossi | menang | .", TokenAssert.Show("Menariknya, Rossi menang."));
    }

    [Fact]
    public void EveryFrozenFormEndsWithAClitic()
    {
        string[] clitics = ["nya", "lah", "kah", "pun", "ku", "mu"];
        foreach (string word in FrozenForms.Common.Words.Concat(FrozenForms.GsdOnly.Words))
        {
            Assert.True(clitics.Any(c => word.EndsWith(c, StringComparison.OrdinalIgnoreCase)), $"'{word}' does not end with a clitic");
        }
    }
    [Fact]
    public void BapepamRegulationCodesAreOneToken()
    {
        // Financial news cites Bapepam-LK rules as chapter, letter and number; read as initials they lost the number.
        Assert.Equal(
            "sesuai | Peraturan | Bapepam | - | LK | No. | IX.E.1 | tentang | Benturan | Kepentingan | dan | VIII.G.7 | .",
            TokenAssert.Show("sesuai Peraturan Bapepam-LK No. IX.E.1 tentang Benturan Kepentingan dan VIII.G.7."));
        Assert.Equal(
            "Peraturan | No | . | IX.E.1 | .",
            TokenAssert.Show("Peraturan No. IX.E.1.", TokenizationStyle.UdGsd));
        Assert.Equal(
            "Peraturan | X.K.2.1 | dan | IX.E.1 | .",
            TokenAssert.Show("Peraturan X.K.2.1 dan IX.E.1."));

        // Not a code: initials with no number after them, or a number with letters glued on.
        Assert.Equal("Ia | kuliah | di | A.S. | kemudian | pulang", TokenAssert.Show("Ia kuliah di A.S. kemudian pulang"));
        Assert.Equal("kode | IX.E. | 1a", TokenAssert.Show("kode IX.E.1a"));
    }

    [Fact]
    public void ASpelledRatingSignBeforeItsScaleIsOneToken()
    {
        // UD CSUI: Fitch's national rating written out in brackets.
        Assert.Equal(
            "peringkat | jangka | panjang | nasional | ' | AA-idn | ' | ( | AA | minus/idn | ) | untuk | PT | Bank | Pan | Indonesia",
            TokenAssert.Show("peringkat jangka panjang nasional 'AA-idn' (AA minus/idn) untuk PT Bank Pan Indonesia"));

        // Two words with a slash stay apart.
        Assert.Equal("dan | / | atau | minus | / | plus", TokenAssert.Show("dan/atau minus/plus"));
    }

    [Fact]
    public void ALettersNumberWithAnOfficeCodeIsOneToken()
    {
        // IndoSum: a memo's number in a KPK indictment, its first slash spaced.
        Assert.Equal(
            "Nota | dinas | Nomor | NDR | - | / | PJ.051 | / | 2016 | Yth",
            TokenAssert.Show("Nota dinas Nomor NDR - / PJ.051 / 2016 Yth"));

        // Without a slash after the number, a missing space after a sentence's last word stays apart.
        Assert.Equal("diperiksa | KPK | . | 2017 | adalah", TokenAssert.Show("diperiksa KPK.2017 adalah"));
    }

    [Fact]
    public void ARegulationCodeWrittenWithSpacesKeepsItsPeriods()
    {
        // UD CSUI: "Peraturan Bapepam No. XI. B. 02.00" is XI. + B. + 02.00 there, and no sentence ends inside it.
        Assert.Equal(
            "dan | Peraturan | Bapepam | No. | XI. | B. | 02.00 | jangka | waktu | program",
            TokenAssert.Show("dan Peraturan Bapepam No. XI. B. 02.00 jangka waktu program"));

        // A Roman numeral that ends a sentence before an initial keeps its period apart.
        Assert.StartsWith("sejak | Perang | Dunia | II | . | A", TokenAssert.Show("sejak Perang Dunia II. A. Rahman lahir 1950"));
    }
    [Fact]
    public void GsdKeepsUnspacedSlashesDashesAndAmpersandsInsideTheToken()
    {
        // UD GSD dev spaces all 22 slashes, 61 hyphens, 12 en dashes and the '&' that its tokens split, and keeps
        // "14&amp;nbsp" as one token: a mark written without spaces lies inside a token.
        Assert.Equal(
            "Kecamatan | ini | terdiri | dari | 10 | desa/kelurahan | ( | 1945–1967 | ) | , | milik | AT&T | dan | 14&amp;nbsp | ; | April",
            TokenAssert.Show("Kecamatan ini terdiri dari 10 desa/kelurahan (1945–1967), milik AT&T dan 14&amp;nbsp; April", TokenizationStyle.UdGsd));
        Assert.Equal(
            "desa | / | kelurahan | ( | 1945 | – | 1967 | ) | 2.224 | &amp;nbsp | ; | orang",
            TokenAssert.Show("desa / kelurahan (1945 – 1967) 2.224 &amp;nbsp; orang", TokenizationStyle.UdGsd));

        // News style (UD CSUI) splits them as before.
        Assert.Equal(
            "10 | desa | / | kelurahan | ( | 1945 | – | 1967 | ) | , | milik | AT | & | T",
            TokenAssert.Show("10 desa/kelurahan (1945–1967), milik AT&T"));
    }
    [Fact]
    public void ACompanyFormThatEndsTheSentenceLeavesItsPeriod()
    {
        // UD CSUI: "dan Nippon Steel Corp ." before the next sentence; inside one, "Tbk." and "Pte. Ltd." keep it.
        Assert.Equal(
            "dan | Nippon | Steel | Corp | . | Rencana | akuisisi | itu | benar | .",
            TokenAssert.Show("dan Nippon Steel Corp. Rencana akuisisi itu benar."));
        Assert.Equal(
            "milik | PT | Semen | Indonesia | Tbk | . | Juru | Bicara",
            TokenAssert.Show("milik PT Semen Indonesia Tbk.\nJuru Bicara"));
        Assert.Equal(
            "saham | PT | Toba | Pulp | Lestari | Tbk. | sebanyak | 100 | dan | Encore | Energy | Pte. | Ltd. | ( | Encore | )",
            TokenAssert.Show("saham PT Toba Pulp Lestari Tbk. sebanyak 100 dan Encore Energy Pte. Ltd. (Encore)"));
    }

    [Fact]
    public void InstagramNamesKeepThePeriodsBetweenTheirParts()
    {
        // IndoSum: Instagram names quoted in lifestyle and celebrity news.
        Assert.Equal(
            [("kata", TokenKind.Word), ("Massy", TokenKind.Word), ("Arias", TokenKind.Word), ("(", TokenKind.Punctuation), ("@massy.arias", TokenKind.Mention), (")", TokenKind.Punctuation)],
            TokenAssert.Kinds("kata Massy Arias (@massy.arias)"));
        Assert.Equal("Happy | birthday | @chicco.jerikho | #throwbackyear", TokenAssert.Show("Happy birthday @chicco.jerikho #throwbackyear"));

        // The sentence's period after a name stays a token of its own, before a capital or at the end.
        Assert.Equal("Ikuti | @detikcom | . | Dia | menulis | @jokowi | .", TokenAssert.Show("Ikuti @detikcom. Dia menulis @jokowi."));
        Assert.Equal("Ikuti | @detikcom | . | Dia", TokenAssert.Show("Ikuti @detikcom.Dia"));
    }

    [Fact]
    public void ALinkGluedToTheWordBeforeItStartsItsOwnToken()
    {
        // IndoSum (Kompas): a headline's last word run into the link under it.
        Assert.Equal(
            [("Tinggalkan", TokenKind.Word), ("Madrid", TokenKind.Word), ("http://bola.kompas.com/read/2017", TokenKind.Url)],
            TokenAssert.Kinds("Tinggalkan Madridhttp://bola.kompas.com/read/2017"));
        Assert.Equal("Madrid | https://bola.kompas.com", TokenAssert.Show("Madridhttps://bola.kompas.com"));

        // A scheme alone or after capitals is no glued link.
        Assert.Equal("https://kompas.com", TokenAssert.Show("https://kompas.com"));
        Assert.Equal("HTTP | :", TokenAssert.Show("HTTP:"));
    }


    [Fact]
    public void DaysAfterASetDayAndLapTimesAreOneToken()
    {
        // IndoSum: Lebaran traffic counts days with H and a sign; both signs make one token.
        Assert.Equal(
            [("arus", TokenKind.Word), ("balik", TokenKind.Word), ("H+7", TokenKind.Word), ("dan", TokenKind.Word), ("H-2", TokenKind.Word), ("(", TokenKind.Punctuation), ("H+10", TokenKind.Word), (")", TokenKind.Punctuation)],
            TokenAssert.Kinds("arus balik H+7 dan H-2 (H+10)"));
        Assert.Equal("HP | + | 3", TokenAssert.Show("HP+3"));

        // IndoSum: a qualifying table of MotoGP lap times.
        Assert.Equal(
            [("Marc", TokenKind.Word), ("MARQUEZ", TokenKind.Word), ("(", TokenKind.Punctuation), ("Repsol", TokenKind.Word), ("Honda", TokenKind.Word), (")", TokenKind.Punctuation), ("1'27.302", TokenKind.Number)],
            TokenAssert.Kinds("Marc MARQUEZ (Repsol Honda) 1'27.302"));
        Assert.Equal("Danilo | PETRUCCI | 1’27.462", TokenAssert.Show("Danilo PETRUCCI 1’27.462"));

        // A minute mark stays a mark of its own.
        Assert.Equal("Okaka | ( | 74 | ’ | )", TokenAssert.Show("Okaka (74’)"));
    }
}
