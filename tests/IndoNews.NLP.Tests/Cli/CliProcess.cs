using System.Diagnostics;
using System.Runtime.InteropServices;

namespace IndoNews.NLP.Tests.Cli;

/// <summary>
/// Runs the built CLI (indonews.dll, copied next to the tests) as a child process in a scratch folder,
/// so exit codes, standard error, signals and files left behind are the real ones.
/// </summary>
internal sealed class CliProcess : IDisposable
{
    private static readonly string CliDll = Path.Combine(AppContext.BaseDirectory, "indonews.dll");

    public CliProcess()
    {
        WorkDir = Directory.CreateTempSubdirectory("indonews-cli-").FullName;
    }

    /// <summary>The scratch folder the CLI runs in; input files go here, and paths in messages are relative to it.</summary>
    public string WorkDir { get; }

    public string PathOf(string name) => Path.Combine(WorkDir, name);

    public void WriteFile(string name, byte[] bytes) => File.WriteAllBytes(PathOf(name), bytes);

    public void WriteFile(string name, string text) => File.WriteAllText(PathOf(name), text, new System.Text.UTF8Encoding(false));

    /// <summary>Every file in the scratch folder, hidden temporary files included.</summary>
    public string[] Files() => Directory.GetFiles(WorkDir).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    public CliResult Run(string[] args, byte[]? stdin = null, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        using var process = Start(args, environment);
        var outBuffer = new MemoryStream();
        var stdout = process.StandardOutput.BaseStream.CopyToAsync(outBuffer);
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null) process.StandardInput.BaseStream.Write(stdin);
        process.StandardInput.Close();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"indonews {string.Join(' ', args)} did not finish");
        }

        stdout.Wait();
        return new CliResult(process.ExitCode, outBuffer.ToArray(), stderr.Result);
    }

    /// <summary>
    /// Starts the CLI. With <paramref name="defaultSignals"/> the child starts with SIGINT and SIGTERM at
    /// their default handling on Linux, even when this process ignores them (as a job started with
    /// <c>&amp;</c> from a script ignores SIGINT): otherwise the child inherits the ignored SIGINT and a
    /// test that sends it would have nothing to test.
    /// </summary>
    public Process Start(string[] args, IReadOnlyDictionary<string, string>? environment = null, bool defaultSignals = false)
    {
        // GNU env resets the dispositions and then execs dotnet, so the child keeps env's process ID.
        bool viaEnv = defaultSignals && OperatingSystem.IsLinux();
        var info = new ProcessStartInfo(viaEnv ? "env" : "dotnet")
        {
            WorkingDirectory = WorkDir,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (viaEnv)
        {
            info.ArgumentList.Add("--default-signal=INT,TERM");
            info.ArgumentList.Add("dotnet");
        }

        info.ArgumentList.Add(CliDll);
        foreach (string arg in args) info.ArgumentList.Add(arg);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment.Remove(IndoNews.NLP.Cli.Commands.CommandRunner.DebugVariable);
        if (environment is not null)
        {
            foreach (var (key, value) in environment) info.Environment[key] = value;
        }

        return Process.Start(info) ?? throw new InvalidOperationException("cannot start dotnet");
    }

    /// <summary>Sends a POSIX signal (Linux and macOS only).</summary>
    public static void Signal(Process process, int signal)
    {
        if (Kill(process.Id, signal) != 0) throw new InvalidOperationException($"kill({process.Id}, {signal}) failed: {Marshal.GetLastPInvokeError()}");
    }

    /// <summary>True when <paramref name="process"/> ignores <paramref name="signal"/> (Linux only; false elsewhere).</summary>
    public static bool SignalIgnored(int signal, int process)
    {
        if (!OperatingSystem.IsLinux()) return false;
        string? line = File.ReadLines($"/proc/{process}/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        return line is not null && (Convert.ToUInt64(line[7..].Trim(), 16) & (1UL << (signal - 1))) != 0;
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    public void Dispose()
    {
        try
        {
            Directory.Delete(WorkDir, recursive: true);
        }
        catch (IOException)
        {
            // Scratch space; the OS cleans it.
        }
    }
}

/// <summary>What one run of the CLI gave.</summary>
internal sealed record CliResult(int ExitCode, byte[] Stdout, string Stderr)
{
    public string StdoutText => new System.Text.UTF8Encoding(false, true).GetString(Stdout);
}
