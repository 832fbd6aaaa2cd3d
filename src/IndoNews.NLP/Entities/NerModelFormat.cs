using System.Buffers.Binary;
using System.Numerics;
using System.Text;

namespace IndoNews.NLP.Entities;

/// <summary>
/// The model file: an 8-byte magic (<c>IDNERMDL</c>), a format version, the payload length, the
/// payload, and a 64-bit checksum of the payload. The payload holds the provenance, hash size,
/// (from version 2) the optional feature templates in use, transition scores, gazetteer and word-profile tables,
/// (from version 3) the Brown-cluster table, and the non-zero weight rows (row index as a delta varint, then the tag
/// weights as half-precision floats).
/// </summary>
internal static class NerModelFormat
{
    /// <summary>The newest version: 2 adds the <see cref="NerFeatureSet"/> after the hash size, 3 the Brown-cluster
    /// table (word hash, <see cref="BrownPath"/> code) after the word profiles. Each model is written in the oldest
    /// version that holds it: with the base features only as version 1, with other optional templates as 2, with
    /// <see cref="NerFeatureSet.BrownClusters"/> as 3, so files of older recipes do not change.</summary>
    public const int Version = 3;
    private static ReadOnlySpan<byte> Magic => "IDNERMDL"u8;
    private const int HeaderSize = 8 + 4 + 8;

    /// <summary>Writes <paramref name="model"/> to <paramref name="path"/> (through a temporary file, then renamed).</summary>
    public static void Write(NerModel model, string path)
    {
        byte[] payload = BuildPayload(model);
        string temp = path + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write))
        {
            Span<byte> header = stackalloc byte[HeaderSize];
            Magic.CopyTo(header);
            BinaryPrimitives.WriteInt32LittleEndian(header[8..], VersionOf(model));
            BinaryPrimitives.WriteInt64LittleEndian(header[12..], payload.Length);
            stream.Write(header);
            stream.Write(payload);
            Span<byte> sum = stackalloc byte[8];
            BinaryPrimitives.WriteUInt64LittleEndian(sum, Checksum(payload));
            stream.Write(sum);
        }

        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Reads a model file.</summary>
    /// <exception cref="InvalidDataException">The file is not a model of this format, is of another version, truncated or corrupt.</exception>
    public static NerModel Read(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        return Read(bytes, path);
    }

    /// <summary>Reads a model from its bytes; <paramref name="source"/> names it in errors.</summary>
    public static NerModel Read(ReadOnlySpan<byte> bytes, string source)
    {
        if (bytes.Length < HeaderSize + 8 || !bytes[..8].SequenceEqual(Magic))
        {
            throw new InvalidDataException($"{source}: not an IndoNews.NLP entity model (bad magic number).");
        }

        int version = BinaryPrimitives.ReadInt32LittleEndian(bytes[8..]);
        if (version is < 1 or > Version)
        {
            throw new InvalidDataException($"{source}: entity model format version {version}; this library reads versions 1 to {Version}.");
        }

        long length = BinaryPrimitives.ReadInt64LittleEndian(bytes[12..]);
        if (length < 0 || length != bytes.Length - HeaderSize - 8)
        {
            throw new InvalidDataException($"{source}: entity model is truncated or has trailing bytes (payload {length} bytes, file {bytes.Length}).");
        }

        ReadOnlySpan<byte> payload = bytes.Slice(HeaderSize, (int)length);
        ulong expected = BinaryPrimitives.ReadUInt64LittleEndian(bytes[(HeaderSize + (int)length)..]);
        if (Checksum(payload) != expected)
        {
            throw new InvalidDataException($"{source}: entity model is corrupt (checksum mismatch).");
        }

        try
        {
            return ParsePayload(payload, version);
        }
        catch (Exception e) when (e is ArgumentException or IndexOutOfRangeException or ArgumentOutOfRangeException or OverflowException)
        {
            throw new InvalidDataException($"{source}: entity model payload is malformed: {e.Message}", e);
        }
    }

    private static int VersionOf(NerModel model) => model.Extractor.Features switch
    {
        NerFeatureSet.None => 1,
        var f when (f & NerFeatureSet.BrownClusters) != 0 => 3,
        _ => 2,
    };

    private static byte[] BuildPayload(NerModel model)
    {
        using var ms = new MemoryStream();
        using (var w = new BinaryWriter(ms, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(model.Info.Description);
            w.Write(model.Info.Seed);
            w.Write(model.Info.Epochs);
            w.Write(model.Extractor.HashBits);
            if (VersionOf(model) >= 2) w.Write((int)model.Extractor.Features);
            foreach (float f in model.Transitions) w.Write(f);
            foreach (float f in model.Starts) w.Write(f);

            var gazetteer = model.Extractor.Gazetteer;
            var gazTable = gazetteer.Table.OrderBy(kv => kv.Key).ToArray();
            w.Write(gazetteer.EntryCount);
            w.Write(gazTable.Length);
            foreach (var (key, value) in gazTable)
            {
                w.Write(key);
                w.Write(value);
            }

            var profiles = model.Extractor.Profiles.Table.OrderBy(kv => kv.Key).ToArray();
            w.Write(profiles.Length);
            foreach (var (key, value) in profiles)
            {
                w.Write(key);
                w.Write(value);
            }

            if (VersionOf(model) >= 3)
            {
                var brown = model.Extractor.Profiles.BrownTable.OrderBy(kv => kv.Key).ToArray();
                w.Write(brown.Length);
                foreach (var (key, value) in brown)
                {
                    w.Write(key);
                    w.Write(value);
                }
            }

            float[] weights = model.Weights;
            int rows = weights.Length / BioTags.Stride;
            int nonZero = 0;
            for (int r = 0; r < rows; r++)
            {
                if (!IsZeroRow(weights, r)) nonZero++;
            }

            w.Write(nonZero);
            int previous = -1;
            for (int r = 0; r < rows; r++)
            {
                if (IsZeroRow(weights, r)) continue;
                w.Write7BitEncodedInt(r - previous);
                previous = r;
                for (int t = 0; t < BioTags.Count; t++) w.Write((Half)weights[r * BioTags.Stride + t]);
            }
        }

        return ms.ToArray();
    }

    private static bool IsZeroRow(float[] weights, int row)
    {
        for (int t = 0; t < BioTags.Count; t++)
        {
            if ((Half)weights[row * BioTags.Stride + t] != Half.Zero) return false;
        }

        return true;
    }

    private static NerModel ParsePayload(ReadOnlySpan<byte> payload, int version)
    {
        var r = new SpanReader(payload);
        string description = r.String();
        int seed = r.Int32();
        int epochs = r.Int32();
        int hashBits = r.Int32();
        if (hashBits is < NerTrainingOptions.MinHashBits or > NerTrainingOptions.MaxHashBits) throw new ArgumentOutOfRangeException(nameof(payload), $"hash bits {hashBits} out of range");
        var features = version >= 2 ? (NerFeatureSet)r.Int32() : NerFeatureSet.None;
        if ((features & ~NerFeatureSet.All) != 0) throw new ArgumentOutOfRangeException(nameof(payload), $"unknown feature flags {(int)features}");
        if (((features & NerFeatureSet.BrownClusters) != 0) != (version >= 3)) throw new ArgumentOutOfRangeException(nameof(payload), $"Brown-cluster features in a version {version} model");
        float[] transitions = new float[BioTags.Stride * BioTags.Stride];
        for (int i = 0; i < transitions.Length; i++) transitions[i] = r.Single();
        float[] starts = new float[BioTags.Stride];
        for (int i = 0; i < starts.Length; i++) starts[i] = r.Single();

        int entryCount = r.Int32();
        int gazCount = r.Count(10);
        var gazTable = new Dictionary<ulong, ushort>(gazCount);
        for (int i = 0; i < gazCount; i++) gazTable[r.UInt64()] = r.UInt16();

        int profileCount = r.Count(12);
        var profileTable = new Dictionary<ulong, uint>(profileCount);
        for (int i = 0; i < profileCount; i++) profileTable[r.UInt64()] = r.UInt32();
        Dictionary<ulong, uint>? brownTable = null;
        if (version >= 3)
        {
            int brownCount = r.Count(12);
            brownTable = new Dictionary<ulong, uint>(brownCount);
            for (int i = 0; i < brownCount; i++) brownTable[r.UInt64()] = r.UInt32();
        }

        int rows = 1 << hashBits;
        float[] weights = new float[rows * BioTags.Stride];
        int nonZero = r.Count(15);
        int row = -1;
        for (int i = 0; i < nonZero; i++)
        {
            row += r.VarInt();
            if ((uint)row >= (uint)rows) throw new ArgumentOutOfRangeException(nameof(payload), $"weight row {row} out of range");
            int o = row * BioTags.Stride;
            for (int t = 0; t < BioTags.Count; t++) weights[o + t] = (float)r.Half();
        }

        if (!r.AtEnd) throw new ArgumentException("unexpected bytes after the weight table");
        var extractor = new NerFeatureExtractor(hashBits, Gazetteer.FromTable(gazTable, entryCount), new WordProfiles(profileTable, brownTable), features);
        return new NerModel(extractor, weights, transitions, starts, new NerModelInfo(description, seed, epochs));
    }

    /// <summary>A fast 64-bit integrity checksum (not cryptographic): catches truncation and bit rot.</summary>
    public static ulong Checksum(ReadOnlySpan<byte> data)
    {
        ulong h = 0x243F6A8885A308D3UL ^ (ulong)data.Length;
        int i = 0;
        for (; i + 8 <= data.Length; i += 8)
        {
            h = BitOperations.RotateLeft((h ^ BinaryPrimitives.ReadUInt64LittleEndian(data[i..])) * 0x9E3779B97F4A7C15UL, 29);
        }

        for (; i < data.Length; i++) h = BitOperations.RotateLeft((h ^ data[i]) * 0x9E3779B97F4A7C15UL, 29);
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        return h ^ (h >> 33);
    }

    /// <summary>Reads little-endian values with bounds checks that throw <see cref="ArgumentOutOfRangeException"/>.</summary>
    private ref struct SpanReader(ReadOnlySpan<byte> data)
    {
        private readonly ReadOnlySpan<byte> _data = data;
        private int _position;

        public readonly bool AtEnd => _position == _data.Length;

        private ReadOnlySpan<byte> Take(int count)
        {
            if (count < 0 || _position + count > _data.Length) throw new ArgumentOutOfRangeException(nameof(count), "read past the end of the payload");
            var span = _data.Slice(_position, count);
            _position += count;
            return span;
        }

        public int Int32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

        public uint UInt32() => BinaryPrimitives.ReadUInt32LittleEndian(Take(4));

        public ushort UInt16() => BinaryPrimitives.ReadUInt16LittleEndian(Take(2));

        public ulong UInt64() => BinaryPrimitives.ReadUInt64LittleEndian(Take(8));

        public float Single() => BinaryPrimitives.ReadSingleLittleEndian(Take(4));

        public Half Half() => BinaryPrimitives.ReadHalfLittleEndian(Take(2));

        /// <summary>A count of records of <paramref name="recordSize"/> bytes, checked against the bytes left.</summary>
        public int Count(int recordSize)
        {
            int count = Int32();
            if (count < 0 || (long)count * recordSize > _data.Length - _position) throw new ArgumentOutOfRangeException(nameof(recordSize), $"record count {count} exceeds the payload");
            return count;
        }

        public int VarInt()
        {
            int result = 0;
            for (int shift = 0; shift < 35; shift += 7)
            {
                byte b = Take(1)[0];
                result |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0) return result;
            }

            throw new ArgumentOutOfRangeException(nameof(result), "bad varint");
        }

        public string String()
        {
            int length = VarInt();
            return Encoding.UTF8.GetString(Take(length));
        }
    }
}
