using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace IndoNews.NLP.Cli.IO;

/// <summary>
/// Reads UTF-8 lines from a stream with bounded memory, accepting a BOM, <c>\n</c> and <c>\r\n</c>.
/// Invalid UTF-8 is an error naming the source, line and byte offset, unless lenient, where it is
/// replaced by U+FFFD and counted.
/// </summary>
internal sealed class Utf8LineReader : IDisposable
{
    private const int MaxLineBytes = 256 * 1024 * 1024;

    private readonly Stream _stream;
    private readonly string _sourceName;
    private readonly bool _lenient;
    private readonly bool _lenientOption;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
    private int _start;
    private int _end;
    private long _consumedBytes;
    private long _lineNumber;
    private bool _eof;

    /// <param name="stream">The input.</param>
    /// <param name="sourceName">The name messages give the input.</param>
    /// <param name="lenient">Replace invalid UTF-8 instead of failing.</param>
    /// <param name="lenientOption">Whether the command has <c>--lenient</c>, so the error on invalid UTF-8 can suggest it.</param>
    public Utf8LineReader(Stream stream, string sourceName, bool lenient, bool lenientOption = true)
    {
        _stream = stream;
        _sourceName = sourceName;
        _lenient = lenient;
        _lenientOption = lenientOption;
    }

    /// <summary>How many invalid sequences were replaced (lenient mode).</summary>
    public long ReplacedSequences { get; private set; }

    public bool TryReadLine(out InputLine line)
    {
        while (true)
        {
            int newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            if (newline >= 0)
            {
                line = Decode(_start, newline - _start, newline + 1 - _start);
                return true;
            }

            if (_eof)
            {
                if (_end > _start)
                {
                    line = Decode(_start, _end - _start, _end - _start);
                    return true;
                }

                line = default;
                return false;
            }

            Fill();
        }
    }

    public IEnumerable<InputLine> ReadLines()
    {
        while (TryReadLine(out var line)) yield return line;
    }

    private void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= MaxLineBytes)
            {
                throw new CliException($"{_sourceName}:{_lineNumber + 1}: line longer than {MaxLineBytes / (1024 * 1024)} MiB.");
            }

            var bigger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            Buffer.BlockCopy(_buffer, 0, bigger, 0, _end);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = bigger;
        }

        int read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0) _eof = true;
        _end += read;
    }

    private InputLine Decode(int start, int length, int consumed)
    {
        _lineNumber++;
        long lineOffset = _consumedBytes;
        var bytes = _buffer.AsSpan(start, length);
        int bomSkipped = 0;
        if (_lineNumber == 1 && bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
            bomSkipped = 3;
        }
        else if (_lineNumber == 1 && bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            // Even --lenient would turn every character into garbage, so a UTF-16 file is refused by name.
            throw new CliException($"{_sourceName}: the file starts with a UTF-16 byte-order mark; IndoNews reads UTF-8 (convert it first, e.g. iconv -f UTF-16 -t UTF-8).");
        }

        bool carriageReturn = bytes.Length > 0 && bytes[^1] == (byte)'\r';
        if (carriageReturn) bytes = bytes[..^1];
        bool newline = consumed > length;
        string lineBreak = (carriageReturn, newline) switch
        {
            (true, true) => "\r\n",
            (false, true) => "\n",
            (true, false) => "\r",
            _ => string.Empty,
        };
        string text;
        char[] chars = ArrayPool<char>.Shared.Rent(bytes.Length + 1);
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out int bytesRead, out int charsWritten, replaceInvalidSequences: false);
            if (status == System.Buffers.OperationStatus.InvalidData)
            {
                long at = lineOffset + bomSkipped + bytesRead;
                if (!_lenient)
                {
                    string hint = _lenientOption ? " (use --lenient to replace invalid bytes)" : string.Empty;
                    throw new CliException($"{_sourceName}:{_lineNumber}: invalid UTF-8 at byte offset {at}{hint}.");
                }

                Utf8.ToUtf16(bytes, chars, out _, out charsWritten, replaceInvalidSequences: true);
                ReplacedSequences += CountReplacements(bytes);
            }

            text = new string(chars, 0, charsWritten);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }

        _start += consumed;
        _consumedBytes += consumed;
        return new InputLine(text, _lineNumber, lineOffset + bomSkipped, lineBreak);
    }

    private static int CountReplacements(ReadOnlySpan<byte> bytes)
    {
        int count = 0;
        while (!bytes.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(bytes, out _, out int consumed);
            if (status != System.Buffers.OperationStatus.Done) count++;
            bytes = bytes[Math.Max(1, consumed)..];
        }

        return count;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}
