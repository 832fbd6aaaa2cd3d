using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace IndoNews.NLP.Cli;

/// <summary>
/// Ctrl+C (SIGINT) and SIGTERM: the first signal cancels the running command, which stops, deletes its
/// temporary output file and exits with <see cref="ExitCodes.Cancelled"/>. A command blocked where it
/// cannot see the cancellation (reading a stalled pipe, inside one huge document) gets
/// <see cref="GracePeriod"/>; after that, or at a second signal, the registered temporary files are
/// deleted here and the process exits with the same code. Either way no partial output file is left.
/// </summary>
internal static class CliCancellation
{
    /// <summary>How long a cancelled command may take to stop by itself.</summary>
    public static readonly TimeSpan GracePeriod = TimeSpan.FromSeconds(3);

    private static readonly CancellationTokenSource Source = new();
    private static readonly ConcurrentDictionary<string, byte> TemporaryFiles = new(StringComparer.Ordinal);
    private static int _exiting;

    /// <summary>Cancelled when the user asks the process to stop.</summary>
    public static CancellationToken Token => Source.Token;

    /// <summary>Registers the signal handlers; dispose to remove them.</summary>
    public static IDisposable Install()
    {
        var registrations = new List<IDisposable>();
        if (!OperatingSystem.IsBrowser() && !OperatingSystem.IsIOS() && !OperatingSystem.IsTvOS())
        {
            registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal));
            registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal));
        }

        return new Registrations(registrations);
    }

    /// <summary>A temporary file to delete if the process has to exit before its command cleans up.</summary>
    public static void Track(string path) => TemporaryFiles.TryAdd(path, 0);

    /// <summary>The command removed or committed the file itself.</summary>
    public static void Untrack(string path) => TemporaryFiles.TryRemove(path, out _);

    private static void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true;
        if (!Source.IsCancellationRequested)
        {
            Source.Cancel();
            _ = Task.Delay(GracePeriod).ContinueWith(_ => ExitNow(), TaskScheduler.Default);
        }
        else
        {
            ExitNow();
        }
    }

    private static void ExitNow()
    {
        if (Interlocked.Exchange(ref _exiting, 1) != 0) return;
        foreach (string path in TemporaryFiles.Keys)
        {
            try
            {
                File.Delete(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Nothing more can be done on the way out; the file has a hidden temporary name.
            }
        }

        Console.Error.WriteLine("indonews: cancelled.");
        Environment.Exit(ExitCodes.Cancelled);
    }

    private sealed class Registrations(List<IDisposable> items) : IDisposable
    {
        public void Dispose() => items.ForEach(r => r.Dispose());
    }
}
