using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace IndoNews.NLP.Cli.IO;

/// <summary>
/// Reads UTF-8 lines from a stream with bounded memory, accepting a BOM and <c>\n</c>, <c>\r\n</c> or a lone <c>\r</c> as line ends.
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
    private int _scanned; // bytes after _start known to hold no line end
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

    /// <summary>The name messages give the input.</summary>
    public string SourceName => _sourceName;

    /// <summary>How many invalid sequences were replaced (lenient mode).</summary>
    public long ReplacedSequences { get; private set; }

    public bool TryReadLine(out InputLine line)
    {
        while (true)
        {
            // A line ends at \n, \r\n or a lone \r (old Mac files): read as one line, a CR-only file lost every line
            // but the first in 'tag' and 'eval ner'. Bytes already searched are not searched again after a read.
            int found = _buffer.AsSpan(_start + _scanned, _end - _start - _scanned).IndexOfAny((byte)'\n', (byte)'\r');
            if (found >= 0)
            {
                int at = _start + _scanned + found;
                if (_buffer[at] == (byte)'\n')
                {
                    line = Decode(at - _start, at + 1 - _start, "\n");
                    return true;
                }

                if (at + 1 < _end)
                {
                    bool crlf = _buffer[at + 1] == (byte)'\n';
                    line = Decode(at - _start, at + (crlf ? 2 : 1) - _start, crlf ? "\r\n" : "\r");
                    return true;
                }

                if (_eof)
                {
                    line = Decode(at - _start, at + 1 - _start, "\r");
                    return true;
                }

                // A \r last in the buffer: the next byte says whether a \n belongs to it.
                _scanned = at - _start;
                Fill();
                continue;
            }

            _scanned = _end - _start;
            if (_eof)
            {
                if (_end > _start)
                {
                    line = Decode(_end - _start, _end - _start, string.Empty);
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

    private InputLine Decode(int length, int consumed, string lineBreak)
    {
        int start = _start;
        _scanned = 0;
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
