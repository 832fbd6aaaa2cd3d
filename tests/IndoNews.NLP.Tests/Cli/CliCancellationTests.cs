using System.Diagnostics;
using System.Text;
using IndoNews.NLP.Cli;

namespace IndoNews.NLP.Tests.Cli;

/// <summary>
/// Ctrl+C and SIGTERM while the CLI writes to <c>--output</c>: exit code 130, "cancelled" on standard
/// error, and neither the output file nor its temporary file left behind; both while the command is
/// busy and while it is blocked on a stalled input pipe.
/// </summary>
public class CliCancellationTests
{
    private const int SigInt = 2;
    private const int SigTerm = 15;

    public static TheoryData<int, bool> Signals() => new()
    {
        { SigInt, true }, { SigInt, false }, { SigTerm, true }, { SigTerm, false },
    };

    [Theory]
    [MemberData(nameof(Signals))]
    public async Task A_signal_stops_the_command_and_leaves_no_output_file(int signal, bool busy)
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "POSIX signals");
        using var cli = new CliProcess();
        // Default signal handling in the child: a run started in the background ignores SIGINT, and a skip
        // there made the number of tests that ran depend on how the test run was started.
        using var process = cli.Start(["analyze", "--input", "jsonl", "--format", "jsonl", "-", "-o", "out.jsonl"], defaultSignals: true);
        var stderr = process.StandardError.ReadToEndAsync();
        using var feeding = new CancellationTokenSource();
        var feeder = Task.Run(() => Feed(process.StandardInput.BaseStream, busy, feeding.Token));
        try
        {
            await WaitFor(() => cli.Files().Any(f => f.EndsWith(".tmp", StringComparison.Ordinal)), "the temporary output file");
            await Task.Delay(busy ? 500 : 200);
            if (process.HasExited) Assert.Fail($"the command ended before the signal: exit {process.ExitCode}, {await stderr}");
            Assert.False(CliProcess.SignalIgnored(signal, process.Id), $"the CLI ignores signal {signal}");
            var stopwatch = Stopwatch.StartNew();
            CliProcess.Signal(process, signal);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await process.WaitForExitAsync(timeout.Token);
            stopwatch.Stop();
            Assert.Equal(ExitCodes.Cancelled, process.ExitCode);
            Assert.Contains("indonews: cancelled.", await stderr, StringComparison.Ordinal);
            Assert.Empty(cli.Files());
            Assert.True(stopwatch.Elapsed < CliCancellation.GracePeriod + TimeSpan.FromSeconds(10), $"took {stopwatch.Elapsed}");
        }
        finally
        {
            feeding.Cancel();
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            await Task.WhenAny(feeder, Task.Delay(TimeSpan.FromSeconds(5)));
        }
    }

    // Busy: lines without end; stalled: a few lines, then the pipe stays open and silent.
    private static void Feed(Stream stdin, bool busy, CancellationToken stop)
    {
        byte[] line = Encoding.UTF8.GetBytes("{\"text\":\"Menteri Luar Negeri Rusia Sergei Lavrov bertemu John Kerry di Moskow, Sabtu (2/7). Bukunya hilang.\"}\n");
        try
        {
            for (int i = 0; busy ? !stop.IsCancellationRequested : i < 10; i++)
            {
                stdin.Write(line);
                if (i % 100 == 0) stdin.Flush();
            }

            stdin.Flush();
            stop.WaitHandle.WaitOne(TimeSpan.FromSeconds(60));
        }
        catch (IOException)
        {
            // The process exited and closed the pipe.
        }
    }

    private static async Task WaitFor(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("waited 30 s for " + what);
            await Task.Delay(20);
        }
    }
}
