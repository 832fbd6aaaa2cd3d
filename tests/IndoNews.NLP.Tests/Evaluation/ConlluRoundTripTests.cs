using System.Text;
using IndoNews.NLP.Cli.Evaluation;
using FsCheck.Xunit;
using IndoNews.NLP.Cli.Formats;
using IndoNews.NLP.Tests.Properties;

namespace IndoNews.NLP.Tests.Evaluation;

/// <summary><c>analyze --format conllu</c> output: forms and SpaceAfter rebuild each <c># text</c>, and the scorer reads it back.</summary>
public class ConlluRoundTripTests
{
    private static string Write(string text)
    {
        // Tokens and sentences only: the golden output must not move when lemmatizers or stages change.
        var document = Pipeline.CreateBuilder().Build().Process(text);
        var writer = new StringWriter { NewLine = "\n" };
        ConlluWriter.Write(writer, document, 1);
        return writer.ToString();
    }

    [Fact]
    public void GoldenOutputForADatelineWithCliticsAndAmounts()
    {
        string expected =
            "# sent_id = 1\n# text = JAKARTA - Bukunya dijual Rp1,5 juta.\n" +
            "1\tJAKARTA\t_\t_\t_\t_\t_\t_\t_\t_\n" +
            "2\t-\t_\t_\t_\t_\t_\t_\t_\t_\n" +
            "3-4\tBukunya\t_\t_\t_\t_\t_\t_\t_\t_\n" +
            "3\tBuku\t_\t_\t_\t_\t_\t_\t_\t_\n" +
            "4\tnya\t_\t_\t_\t_\t_\t_\t_\t_\n" +
            "5\tdijual\t_\t_\t_\t_\t_\t_\t_\t_\n" +
            "6\tRp\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n" +
            "7\t1,5\t_\t_\t_\t_\t_\t_\t_\t_\n" +
            "8\tjuta\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n" +
            "9\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n";
        Assert.Equal(expected, Write("JAKARTA - Bukunya dijual Rp1,5 juta."));
    }

    [Theory]
    [InlineData("Harga  naik\tlagi.\nDia\u200Bpergi.")]
    [InlineData("\"Kami siap,\" katanya.  Apakah kau melihatnya?\r\n\r\nSabtu (2/7) di Jl. Sudirman.")]
    [InlineData("Hubungi redaksi@kompas.com atau https://kompas.com/a_b.\n\nanak-anaknya bermain.")]
    [InlineData("Setya mengajukan surat untuk merehabilitasi\u200E namanya.\u200F Ia\u202Apergi.")] // IndoSum: a bidi mark before the space
    [InlineData("Ia datang.\u2066Dia pergi\u2069 lagi.")]
    public void FormsAndSpaceAfterRebuildEveryText(string text)
    {
        string conllu = AssertFormsRebuildText(text);

        // The scorer reads the output back and agrees with itself.
        var document = ConlluReader.Read(conllu.Split('\n'), "analyze");
        Assert.Equal(1.0, UdScorer.Evaluate(document, document).Words.F1);
    }

    [Property(MaxTest = 150, EndSize = 60, Arbitrary = [typeof(NewsTextGenerators)])]
    public void FormsAndSpaceAfterRebuildNewsLikeText(NewsText text) => AssertFormsRebuildText(text.Value);

    [Property(MaxTest = 150, EndSize = 100, Arbitrary = [typeof(NewsTextGenerators)])]
    public void FormsAndSpaceAfterRebuildRawUtf16(JunkText text) => AssertFormsRebuildText(text.Value);

    // Every sentence's surface forms, joined with the spaces SpaceAfter implies, are its # text; returns the CoNLL-U.
    private static string AssertFormsRebuildText(string text)
    {
        string conllu = Write(text);
        foreach (string block in conllu.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = block.Split('\n');
            string declared = lines.Single(l => l.StartsWith("# text = ", StringComparison.Ordinal))[9..];
            var rebuilt = new StringBuilder();
            int multiwordEnd = 0;
            foreach (string line in lines.Where(l => !l.StartsWith('#')))
            {
                string[] columns = line.Split('\t');
                int dash = columns[0].IndexOf('-', StringComparison.Ordinal);
                if (dash < 0 && int.Parse(columns[0], System.Globalization.CultureInfo.InvariantCulture) <= multiwordEnd) continue;
                if (dash > 0) multiwordEnd = int.Parse(columns[0][(dash + 1)..], System.Globalization.CultureInfo.InvariantCulture);
                rebuilt.Append(columns[1]);
                if (columns[9] != "SpaceAfter=No") rebuilt.Append(' ');
            }

            Assert.Equal(declared, rebuilt.ToString().TrimEnd(' '));
        }

        return conllu;
    }
}
