using IndoNews.NLP.Entities;

namespace IndoNews.NLP.Tests.Entities;

public class NerCrfTrainerTests
{
    private const int S = BioTags.Stride;

    // A sentence of four tokens over a 16-row table; row 2 is shared by three tokens, as a sentence-wide feature is.
    private static NerPreparedSentence TinySentence(byte[]? allowed) =>
        new([1, 2, 3, 2, 4, 5, 2, 6], [0, 2, 4, 7, 8], [1, 2, 0, 3], allowed, 0.7f);

    private static NerCrfTrainer.WeightState TinyWeights()
    {
        var state = new NerCrfTrainer.WeightState(16, 0.1f, 0, 1);
        for (int i = 0; i < state.Weights.Length; i++) state.Weights[i] = (float)Math.Sin(i * 1.7) * 0.8f;
        for (int i = 0; i < state.Transitions.Length; i++) state.Transitions[i] = (float)Math.Cos(i * 0.9) * 0.6f;
        for (int i = 0; i < state.Starts.Length; i++) state.Starts[i] = (float)Math.Sin(i + 0.3) * 0.5f;
        return state;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_gradient_matches_finite_differences_of_the_loss(bool partial)
    {
        // Partial: the PER span is annotated, the third token may be O or B-ORG, the last one anything.
        var sentence = TinySentence(partial ? [1 << 1, 1 << 2, 1 << 0 | 1 << 5, 0x7F] : null);
        var state = TinyWeights();
        var work = new NerCrfTrainer.SentenceWork();
        double loss = state.Gradient(sentence, work);
        Assert.True(loss > 0 && double.IsFinite(loss));

        // The analytic gradient of a weight row: the sum of the token gradients of the tokens that have the feature.
        var rowGradient = new double[16 * S];
        for (int i = 0; i < 4; i++)
        {
            for (int k = sentence.Offsets[i]; k < sentence.Offsets[i + 1]; k++)
            {
                for (int t = 0; t < BioTags.Count; t++) rowGradient[sentence.Ids[k] * S + t] += work.EmissionGradient[i * S + t];
            }
        }

        double[] transitions = (double[])work.TransitionGradient.Clone();
        double[] starts = (double[])work.StartGradient.Clone();
        int checkedCount = 0;
        Check(state.Weights, rowGradient, Enumerable.Range(1, 6).SelectMany(r => Enumerable.Range(r * S, BioTags.Count)));
        Check(state.Transitions, transitions, Enumerable.Range(0, BioTags.Count).SelectMany(a => Enumerable.Range(0, BioTags.Count).Select(b => a * S + b)));
        Check(state.Starts, starts, Enumerable.Range(0, BioTags.Count));
        Assert.Equal(6 * 7 + 49 + 7, checkedCount);

        void Check(float[] weights, double[] analytic, IEnumerable<int> indices)
        {
            const float h = 1f / 256;
            foreach (int i in indices)
            {
                float original = weights[i];
                weights[i] = original + h;
                double up = state.Gradient(sentence, work);
                weights[i] = original - h;
                double down = state.Gradient(sentence, work);
                weights[i] = original;
                double numeric = (up - down) / (2 * h);
                Assert.True(Math.Abs(numeric - analytic[i]) < 1e-4, $"weight {i}: numeric {numeric}, analytic {analytic[i]}");
                checkedCount++;
            }
        }
    }

    [Fact]
    public void A_partial_label_only_lowers_tags_outside_its_mask_and_costs_nothing_when_it_allows_every_tag()
    {
        var state = TinyWeights();
        var work = new NerCrfTrainer.SentenceWork();
        byte[] mask = [1 << 1, 1 << 2, 1 << 0 | 1 << 5, 0x7F];
        state.Gradient(TinySentence(mask), work);
        for (int i = 0; i < 4; i++)
        {
            double sum = 0;
            for (int t = 0; t < BioTags.Count; t++)
            {
                double g = work.EmissionGradient[i * S + t];
                sum += g;

                // No path opens with an I tag (I-PER, I-LOC, I-ORG are 2, 4, 6). Elsewhere outside the mask the target
                // paths have no mass: the gradient is the model's own marginal, so the step lowers the tag.
                if (i == 0 && t is 2 or 4 or 6) Assert.Equal(0, g);
                else if ((mask[i] >> t & 1) == 0) Assert.True(g > 0, $"token {i} tag {BioTags.Name(t)}: {g}");
            }

            Assert.Equal(0, sum, 1e-6); // both marginals sum to one at every token
        }

        // Every tag allowed everywhere: the target paths are all the paths.
        double loss = state.Gradient(TinySentence([0x7F, 0x7F, 0x7F, 0x7F]), work);
        Assert.Equal(0, loss, 1e-6);
        Assert.All(work.EmissionGradient.Take(4 * S), g => Assert.Equal(0, g, 1e-6));

        // A target that no valid BIO path meets (an I tag opening the sentence) is skipped, not learned.
        Assert.Equal(double.PositiveInfinity, state.Gradient(TinySentence([1 << 2, 0x7F, 0x7F, 0x7F]), work));
    }

    [Fact]
    public void Lazy_L2_shrinks_and_averages_equal_the_eager_ones()
    {
        // Three sentences over partly shared rows, so rows miss steps; one state catches up lazily, the other after every step.
        NerPreparedSentence[] sentences =
        [
            TinySentence(null),
            new([7, 8, 2, 9], [0, 2, 4], [3, 4], null, 1),
            new([1, 10, 11], [0, 1, 3], [1, 0], [1 << 1, 1 << 0 | 1 << 5], 0.5f),
        ];
        var lazy = new NerCrfTrainer.WeightState(16, 0.3f, 1, 3, average: true);
        var eager = new NerCrfTrainer.WeightState(16, 0.3f, 1, 3, average: true);
        var work = new NerCrfTrainer.SentenceWork();
        var sum = new double[16 * S];
        int steps = 0;
        for (int epoch = 0; epoch < 4; epoch++)
        {
            foreach (var sentence in sentences)
            {
                lazy.Step(sentence, work);
                eager.Step(sentence, work);
                eager.BringUpToDate();
                for (int i = 0; i < sum.Length; i++) sum[i] += eager.Weights[i];
                steps++;
            }
        }

        lazy.BringUpToDate();
        var averaged = lazy.Averaged().Weights;
        Assert.Contains(lazy.Weights, w => Math.Abs(w) > 0.1f);
        for (int i = 0; i < sum.Length; i++)
        {
            Assert.Equal(eager.Weights[i], lazy.Weights[i], 1e-5f);
            Assert.Equal(sum[i] / steps, averaged[i], 1e-5);
        }

        // The shrink is real: without L2 the same steps end elsewhere.
        var plain = new NerCrfTrainer.WeightState(16, 0.3f, 0, 3);
        for (int epoch = 0; epoch < 4; epoch++)
        {
            foreach (var sentence in sentences) plain.Step(sentence, work);
        }

        Assert.True(plain.Weights.Sum(w => (double)w * w) > 1.2 * lazy.Weights.Sum(w => (double)w * w));
    }

    private static readonly Gazetteer Names = Gazetteer.Build([(["Presiden"], GazetteerCategory.Title), (["Surabaya"], GazetteerCategory.Place)]);

    private static NerTrainingExample Example(string text, string tags, byte[]? allowed = null) =>
        new(new NerSentence(text.Split(' '), tags.Split(' ').Select(t => (byte)BioTags.Parse(t)).ToArray()), allowed, 1, "t");

    private static NerModel Train(IReadOnlyList<NerTrainingExample> training, int seed = 1, int runs = 1, float l2 = 0)
    {
        var extractor = new NerFeatureExtractor(12, Names, WordProfiles.Empty, NerFeatureSet.None);
        var options = new NerTrainingOptions { Algorithm = NerTrainingAlgorithm.Crf, Epochs = 8, HashBits = 12, Seed = seed, Seeds = runs, L2 = l2 };
        return new NerTrainer(extractor, options).Train(training, new Dictionary<string, List<NerSentence>>(), "crf test").Model;
    }

    private static readonly NerTrainingExample[] News =
    [
        Example("Presiden Joko Widodo meresmikan Bendungan Karian di Lebak , Banten .", "O B-PER I-PER O O O O B-LOC O B-LOC O"),
        Example("Gubernur Jawa Timur Khofifah Indar Parawansa meninjau banjir di Surabaya .", "O B-LOC I-LOC B-PER I-PER I-PER O O O B-LOC O"),
        Example("Komisi Pemberantasan Korupsi memeriksa Bupati Lebak pada Senin .", "B-ORG I-ORG I-ORG O O B-LOC O O O"),
        Example("Warga Surabaya menyambut kedatangan Khofifah di Balai Kota .", "O B-LOC O O B-PER O O O O"),
        Example("Bank Indonesia menahan suku bunga acuan di level 6 persen .", "B-ORG I-ORG O O O O O O O O O"),
        Example("Joko Widodo bertemu Presiden Prabowo Subianto di Jakarta .", "B-PER I-PER O O B-PER I-PER O B-LOC O"),
        Example("Pertandingan Persebaya melawan Arema digelar di Malang .", "O B-ORG O B-ORG O O B-LOC O"),
        Example("Harga cabai di Banten naik menurut Bank Indonesia .", "O O O B-LOC O O B-ORG I-ORG O"),
    ];

    [Fact]
    public void Training_on_a_few_Indonesian_news_sentences_learns_their_names_in_new_contexts()
    {
        var tagger = new EntityTagger(Train(News));
        Assert.Equal(["O", "B-LOC", "O", "O", "B-PER", "I-PER", "O", "B-ORG", "I-ORG", "O"],
            tagger.Tag(["Warga", "Malang", "menunggu", "Presiden", "Prabowo", "Subianto", "dan", "Bank", "Indonesia", "."]));
        Assert.Equal(["B-PER", "I-PER", "I-PER", "O", "B-ORG", "I-ORG", "I-ORG", "O", "B-LOC", "O"],
            tagger.Tag(["Khofifah", "Indar", "Parawansa", "mendatangi", "Komisi", "Pemberantasan", "Korupsi", "di", "Jakarta", "."]));
    }

    [Fact]
    public void Partly_labelled_sentences_learn_toward_the_paths_inside_their_masks()
    {
        // One sentence tags KPK ORG; three leave it O, as NER UGM does, but allow ORG there (its masks) or not.
        byte[] PartialOrg(int tokens, int kpk)
        {
            var mask = new byte[tokens];
            Array.Fill(mask, (byte)(1 << BioTags.Outside));
            mask[kpk] |= 1 << 5;
            return mask;
        }

        NerTrainingExample[] Data(bool masks) =>
        [
            Example("KPK memeriksa Budi di Jakarta .", "B-ORG O B-PER O B-LOC O"),
            Example("KPK menahan tersangka kasus suap .", "O O O O O O", masks ? PartialOrg(6, 0) : null),
            Example("Penyidik KPK menggeledah kantor itu .", "O O O O O O", masks ? PartialOrg(6, 1) : null),
            Example("Juru bicara KPK membenarkan kabar itu .", "O O O O O O O", masks ? PartialOrg(7, 2) : null),
        ];

        string[] sentence = ["Penyidik", "KPK", "memeriksa", "saksi", "."];
        Assert.Equal("B-ORG", new EntityTagger(Train(Data(masks: true))).Tag(sentence)[1]);
        Assert.Equal("O", new EntityTagger(Train(Data(masks: false))).Tag(sentence)[1]);
    }

    [Fact]
    public void The_same_seed_gives_the_same_weights_and_another_seed_other_weights()
    {
        var a = Train(News, seed: 3, l2: 1);
        var b = Train(News, seed: 3, l2: 1);
        var c = Train(News, seed: 4, l2: 1);
        Assert.True(a.Weights.AsSpan().SequenceEqual(b.Weights) && a.Transitions.AsSpan().SequenceEqual(b.Transitions) && a.Starts.AsSpan().SequenceEqual(b.Starts));
        Assert.False(a.Weights.AsSpan().SequenceEqual(c.Weights));

        // An ensemble averages its runs weight by weight.
        var ensemble = Train(News, seed: 3, runs: 2, l2: 1);
        for (int i = 0; i < a.Weights.Length; i += 97) Assert.Equal((a.Weights[i] + c.Weights[i]) / 2, ensemble.Weights[i], 1e-6f);
    }

    [Fact]
    public void L2_shrinks_the_weights()
    {
        double Norm(NerModel m) => m.Weights.Sum(w => (double)w * w);
        Assert.True(Norm(Train(News, l2: 5)) < 0.8 * Norm(Train(News)));
    }
}
