using IndoNews.NLP.Entities;

namespace IndoNews.NLP.Tests.Entities;

public sealed class NerModelFormatTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ner-model-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static NerModel SmallModel(NerFeatureSet features = NerFeatureSet.None, WordProfiles? profiles = null)
    {
        var gazetteer = Gazetteer.Build([(["Amerika", "Serikat"], GazetteerCategory.Country), (["Presiden"], GazetteerCategory.Title)]);
        var extractor = new NerFeatureExtractor(12, gazetteer, profiles ?? WordProfiles.Empty, features);
        var training = new List<NerTrainingExample>
        {
            new(new NerSentence(["Presiden", "Obama", "tiba", "di", "Amerika", "Serikat"], [0, 1, 0, 0, 3, 4]), null, 1, "t"),
            new(new NerSentence(["Budi", "bekerja", "di", "Pertamina"], [1, 0, 0, 5]), null, 1, "t"),
        };
        return new NerTrainer(extractor, new NerTrainingOptions { Epochs = 5, HashBits = 12 }).Train(training, new Dictionary<string, List<NerSentence>>(), "test model").Model;
    }

    [Fact]
    public void A_written_model_reads_back_and_tags_the_same()
    {
        var model = SmallModel();
        string path = Path.Combine(_dir, "m.bin");
        NerModelFormat.Write(model, path);
        var read = NerModelFormat.Read(path);
        Assert.Equal("test model", read.Info.Description);
        string[] tokens = ["Presiden", "Obama", "tiba", "di", "Amerika", "Serikat"];
        var a = new EntityTagger(model).Tag(tokens);
        var b = new EntityTagger(read).Tag(tokens);
        Assert.Equal(a, b);
        Assert.Equal(["O", "B-PER", "O", "O", "B-LOC", "I-LOC"], b);
    }

    [Fact]
    public void A_model_with_optional_features_is_written_as_version_2_and_reads_back_with_them()
    {
        var model = SmallModel(NerFeatureSet.CharacterNgrams | NerFeatureSet.GazetteerWindow);
        string path = Path.Combine(_dir, "m2.bin");
        NerModelFormat.Write(model, path);
        Assert.Equal(2, BitConverter.ToInt32(File.ReadAllBytes(path), 8));
        var read = NerModelFormat.Read(path);
        Assert.Equal(NerFeatureSet.CharacterNgrams | NerFeatureSet.GazetteerWindow, read.Extractor.Features);
        string[] tokens = ["Presiden", "Obama", "tiba", "di", "Amerika", "Serikat"];
        Assert.Equal(new EntityTagger(model).Tag(tokens), new EntityTagger(read).Tag(tokens));

        // The base feature set keeps writing version 1, so models trained without the options do not change.
        NerModelFormat.Write(SmallModel(), path);
        Assert.Equal(1, BitConverter.ToInt32(File.ReadAllBytes(path), 8));
        Assert.Equal(NerFeatureSet.None, NerModelFormat.Read(path).Extractor.Features);
    }

    // Given names share a path prefix, places another: what Brown clusters of news give.
    private static readonly Dictionary<ulong, uint> BrownTable = new()
    {
        [FeatureHash.Of("obama")] = BrownPath.Encode("0110100"),
        [FeatureHash.Of("budi")] = BrownPath.Encode("0110101"),
        [FeatureHash.Of("widodo")] = BrownPath.Encode("011011"),
        [FeatureHash.Of("amerika")] = BrownPath.Encode("1101"),
        [FeatureHash.Of("di")] = BrownPath.Encode("00"),
    };

    [Fact]
    public void A_model_with_brown_clusters_is_written_as_version_3_and_reads_back_with_its_paths()
    {
        var model = SmallModel(NerFeatureSet.BrownClusters, WordProfiles.Empty.WithBrown(BrownTable));
        string path = Path.Combine(_dir, "m3.bin");
        NerModelFormat.Write(model, path);
        byte[] bytes = File.ReadAllBytes(path);
        Assert.Equal(3, BitConverter.ToInt32(bytes, 8));
        var read = NerModelFormat.Read(path);
        Assert.Equal(NerFeatureSet.BrownClusters, read.Extractor.Features);
        Assert.Equal(BrownTable.OrderBy(kv => kv.Key), read.Extractor.Profiles.BrownTable.OrderBy(kv => kv.Key));
        Assert.Equal(BrownPath.Encode("011011"), read.Extractor.Profiles.Brown(FeatureHash.Of("widodo")));
        string[] tokens = ["Presiden", "Widodo", "tiba", "di", "Amerika", "Serikat"];
        Assert.Equal(new EntityTagger(model).Tag(tokens), new EntityTagger(read).Tag(tokens));
        Assert.Equal(model.Weights.Select(w => (float)(Half)w), read.Weights);

        // The Brown table goes with the template: a version 2 header over the same payload is refused, not misread.
        bytes[8] = 2;
        File.WriteAllBytes(path, bytes);
        var e = Assert.Throws<InvalidDataException>(() => EntityTagger.Load(path));
        Assert.Contains("Brown-cluster features in a version 2 model", e.Message, StringComparison.Ordinal);

        // Without the template the table is not stored, and the model keeps its older version.
        NerModelFormat.Write(SmallModel(NerFeatureSet.None, WordProfiles.Empty.WithBrown(BrownTable)), path);
        Assert.Equal(1, BitConverter.ToInt32(File.ReadAllBytes(path), 8));
        Assert.Equal(0, NerModelFormat.Read(path).Extractor.Profiles.BrownCount);
    }

    [Fact]
    public void Brown_clusters_add_path_prefixes_of_the_token_and_its_neighbours()
    {
        string[] tokens = ["Presiden", "Budi", "tiba", "di", "Medan"];
        int[] starts = new int[5], ends = new int[5];
        string text = TokenSpans.Join(tokens, starts, ends);
        var profiles = WordProfiles.Empty.WithBrown(BrownTable);
        int[] Counts(NerFeatureSet features)
        {
            var buffer = new FeatureBuffer();
            new NerFeatureExtractor(12, Gazetteer.Empty, profiles, features).Extract(new TokenSpans(text, starts, ends), new FeatureScratch(), buffer);
            return [.. Enumerable.Range(0, tokens.Length).Select(i => buffer.Token(i).Length)];
        }

        int[] extra = [.. Counts(NerFeatureSet.BrownClusters).Zip(Counts(NerFeatureSet.None), (a, b) => a - b)];
        // Presiden: next word Budi's 4 prefixes; Budi: its own 4; tiba: Budi's and di's; di: its own; Medan (no path): di's.
        Assert.Equal([4, 4, 8, 4, 4], extra);
    }

    [Fact]
    public void Character_ngrams_add_features_for_unseen_words_only_when_asked()
    {
        var gazetteer = Gazetteer.Build([(["Presiden"], GazetteerCategory.Title)]);
        string[] tokens = ["Warga", "Wisconsin", "tiba"];
        int[] starts = new int[3], ends = new int[3];
        string text = TokenSpans.Join(tokens, starts, ends);
        int Count(NerFeatureSet features)
        {
            var buffer = new FeatureBuffer();
            new NerFeatureExtractor(12, gazetteer, WordProfiles.Empty, features).Extract(new TokenSpans(text, starts, ends), new FeatureScratch(), buffer);
            return buffer.Token(1).Length;
        }

        // Wisconsin: 5-letter prefix and suffix and 9 trigrams (^wi wis isc sco con ons nsi sin in$).
        Assert.Equal(Count(NerFeatureSet.None) + 11, Count(NerFeatureSet.CharacterNgrams));
    }

    [Fact]
    public void A_flipped_byte_is_reported_as_corrupt()
    {
        string path = Path.Combine(_dir, "m.bin");
        NerModelFormat.Write(SmallModel(), path);
        byte[] bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 2] ^= 0x40;
        File.WriteAllBytes(path, bytes);
        var e = Assert.Throws<InvalidDataException>(() => EntityTagger.Load(path));
        Assert.Contains("corrupt", e.Message, StringComparison.Ordinal);
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_file_is_reported()
    {
        string path = Path.Combine(_dir, "m.bin");
        NerModelFormat.Write(SmallModel(), path);
        byte[] bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length - 100)]);
        var e = Assert.Throws<InvalidDataException>(() => EntityTagger.Load(path));
        Assert.Contains("truncated", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_foreign_file_is_reported()
    {
        string path = Path.Combine(_dir, "foreign.bin");
        File.WriteAllText(path, "Jakarta\tB-LOC\nadalah\tO\n");
        var e = Assert.Throws<InvalidDataException>(() => EntityTagger.Load(path));
        Assert.Contains("not an IndoNews.NLP entity model", e.Message, StringComparison.Ordinal);
        File.WriteAllBytes(path, []);
        Assert.Throws<InvalidDataException>(() => EntityTagger.Load(path));
    }

    [Fact]
    public void Another_format_version_is_reported()
    {
        string path = Path.Combine(_dir, "m.bin");
        NerModelFormat.Write(SmallModel(), path);
        byte[] bytes = File.ReadAllBytes(path);
        bytes[8] = 99;
        File.WriteAllBytes(path, bytes);
        var e = Assert.Throws<InvalidDataException>(() => EntityTagger.Load(path));
        Assert.Contains("version 99", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_reported()
    {
        Assert.Throws<FileNotFoundException>(() => EntityTagger.Load(Path.Combine(_dir, "missing.bin")));
        // A missing folder on the way gives the documented exception too, not DirectoryNotFoundException.
        Assert.Throws<FileNotFoundException>(() => EntityTagger.Load(Path.Combine(_dir, "no-such-folder", "missing.bin")));
    }

    [Fact]
    public void Training_is_deterministic_for_a_seed()
    {
        string a = Path.Combine(_dir, "a.bin"), b = Path.Combine(_dir, "b.bin");
        NerModelFormat.Write(SmallModel(), a);
        NerModelFormat.Write(SmallModel(), b);
        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
    }
}
