using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace IndoNews.NLP.Cli.IO;

/// <summary>
/// Where a command writes its result: standard output, or a file written through a temporary file
/// that is renamed into place only by <see cref="Commit"/>, so an error or Ctrl+C leaves no partial file.
/// A symbolic link is followed: the temporary file is made beside the file it ends at and renamed onto that file,
/// so the link stays a link. Text is UTF-8 without BOM with <c>\n</c> line ends.
/// </summary>
internal sealed class AtomicOutput : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string? _finalPath;
    private readonly string? _tempPath;
    private bool _committed;

    private readonly bool _ownsDirectStream;

    private AtomicOutput(Stream stream, string? finalPath, string? tempPath, bool ownsDirectStream = false)
    {
        _ownsDirectStream = ownsDirectStream;
        Stream = stream;
        Writer = new StreamWriter(stream, Utf8NoBom, 1 << 16) { NewLine = "\n", AutoFlush = false };
        _finalPath = finalPath;
        _tempPath = tempPath;
    }

    public Stream Stream { get; }

    public TextWriter Writer { get; }

    public static AtomicOutput Open(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "-")
        {
            return new AtomicOutput(OpenStandardOutput(), null, null);
        }

        string full = CheckWritable(path);
        string dir = Path.GetDirectoryName(full) ?? ".";
        if (IsDeviceOrPipe(full))
        {
            // /dev/null, /dev/stdout, a named pipe: renaming a temporary file over it would replace the device
            // with a regular file, so these are written directly.
            try
            {
                return new AtomicOutput(new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite), null, null, ownsDirectStream: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CliException($"{path}: cannot write: {e.Message}");
            }
        }

        string temp = Path.Combine(dir, "." + Path.GetFileName(full) + "." + Environment.ProcessId + ".tmp");
        try
        {
            var output = new AtomicOutput(new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16), full, temp);
            CliCancellation.Track(temp);
            return output;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: cannot write: {e.Message}");
        }
    }

    // Console's own stream ignores a closed pipe (EPIPE): 'indonews analyze corpus.jsonl --input jsonl | head' analysed
    // the whole corpus for nobody. A stream on the descriptor itself fails the write ("Broken pipe", exit 1), so the
    // command stops. Only for a pipe or terminal: on a file, such a stream would not move the descriptor's offset,
    // and a shell that writes more to the same file afterwards would write over the output.
    private static Stream OpenStandardOutput()
    {
        if (OperatingSystem.IsWindows()) return Console.OpenStandardOutput();
        try
        {
            var stream = new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
            if (!stream.CanSeek) return stream;
            stream.Dispose();
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
        {
            // A closed or unusual standard output: the console's stream copes with it as before.
        }

        return Console.OpenStandardOutput();
    }

    /// <summary>
    /// Fails (exit 1) when <paramref name="path"/> is a folder or lies in a folder that does not exist, so that a
    /// command that works long before it writes can refuse the path first. A symbolic link is followed to the file it
    /// ends at (see <see cref="FollowLinks"/>), which is what gets written, as with the shell's '&gt;': the link stays.
    /// </summary>
    /// <returns>The full path of the file to write: <paramref name="path"/>'s, or its link's final target.</returns>
    public static string CheckWritable(string path)
    {
        string full = Path.GetFullPath(path);
        string dir = Path.GetDirectoryName(full) ?? ".";
        if (!Directory.Exists(dir)) throw new CliException($"{path}: cannot write: the folder '{Path.GetDirectoryName(path)}' does not exist.");
        string target = FollowLinks(full, path);

        // A dangling link is written as '>' writes it: its target is created, when the target's folder is there.
        if (target != full && !Directory.Exists(Path.GetDirectoryName(target) ?? "."))
        {
            throw new CliException($"{path}: cannot write: it is a symbolic link to '{target}', whose folder does not exist.");
        }

        if (Directory.Exists(target)) throw new CliException($"{path}: cannot write: it is a folder.");
        return target;
    }

    /// <summary>
    /// The path <paramref name="fullPath"/> ends at once every symbolic link on it is followed (a relative target is
    /// relative to its link's folder); <paramref name="fullPath"/> itself when it is no link, or does not exist. A
    /// dangling link gives the path its last link names. Renaming a temporary file onto the link itself would replace
    /// the link with a regular file and leave the file it points to as it was.
    /// </summary>
    /// <param name="fullPath">A full path.</param>
    /// <param name="shownPath">The path as the user gave it, for the message about a loop of links.</param>
    public static string FollowLinks(string fullPath, string shownPath)
    {
        string current = fullPath;
        for (int hops = 0; ; hops++)
        {
            // Devices and /proc are written directly (IsDeviceOrPipe); their links (/dev/stdout → /proc/self/fd/1 →
            // pipe:[…]) are the kernel's and lead to no path that could be opened.
            if (IsSpecial(current)) return current;
            string? target = new FileInfo(current).LinkTarget;
            if (target is null) return current;

            // As the kernel's limit (ELOOP): a link to itself, or a ring of links, ends no where.
            if (hops == MaxLinkHops) throw new CliException($"{shownPath}: cannot write: too many levels of symbolic links.");
            current = Path.GetFullPath(target, Path.GetDirectoryName(current) ?? ".");
        }
    }

    private const int MaxLinkHops = 40;

    public void Commit()
    {
        Writer.Flush();
        Stream.Flush();
        if (_tempPath is not null)
        {
            Stream.Dispose();
            File.Move(_tempPath, _finalPath!, overwrite: true);
            CliCancellation.Untrack(_tempPath);
        }

        _committed = true;
    }

    public void Dispose()
    {
        if (_tempPath is null)
        {
            Writer.Flush();
            if (_ownsDirectStream) Stream.Dispose();
            return;
        }

        if (!_committed)
        {
            Stream.Dispose();
            try
            {
                File.Delete(_tempPath);
                CliCancellation.Untrack(_tempPath);
            }
            catch (IOException)
            {
                // Best effort: the temporary file has a hidden name and never replaces the target.
            }
        }
    }

    private static bool IsSpecial(string fullPath) => fullPath.StartsWith("/dev/", StringComparison.Ordinal) || fullPath.StartsWith("/proc/", StringComparison.Ordinal);

    private static bool IsDeviceOrPipe(string fullPath)
    {
        if (IsSpecial(fullPath)) return true;
        // Links are followed already (CheckWritable), so this is the file itself.
        if (!File.Exists(fullPath)) return false;
        return IsNamedPipe(fullPath);
    }

    // A named pipe (mkfifo) looks like an empty regular file to FileInfo, and renaming a temporary file over it would
    // leave its reader waiting. Opening it for writing to find out would count as a writer, and closing that would end
    // the output for a reader already waiting; opened read-only without blocking (Linux), it is neither, and a FIFO
    // cannot seek where a regular file can. Elsewhere, or where libc cannot be called, the path is taken as a file.
    private static bool IsNamedPipe(string fullPath)
    {
        if (!OperatingSystem.IsLinux()) return false;
        byte[] path = Encoding.UTF8.GetBytes(fullPath + "\0");
        try
        {
            int fd = LinuxFiles.open(path, LinuxFiles.ReadOnlyNonBlocking);
            if (fd < 0) return false;
            try
            {
                return LinuxFiles.lseek(fd, 0, LinuxFiles.SeekCurrent) < 0 && Marshal.GetLastPInvokeError() == LinuxFiles.IllegalSeek;
            }
            finally
            {
                LinuxFiles.close(fd);
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "libc's own names.")]
    private static class LinuxFiles
    {
        public const int ReadOnlyNonBlocking = 0x800; // O_RDONLY | O_NONBLOCK on Linux
        public const int SeekCurrent = 1;             // SEEK_CUR
        public const int IllegalSeek = 29;            // ESPIPE

        [DllImport("libc", SetLastError = true)]
        public static extern int open(byte[] path, int flags);

        [DllImport("libc", SetLastError = true)]
        public static extern long lseek(int fd, long offset, int whence);

        [DllImport("libc")]
        public static extern int close(int fd);
    }
}
