using System.Text.RegularExpressions;

namespace IndoNews.NLP.Tests.Reliability;

/// <summary>
/// No regular expression in shipped code may backtrack catastrophically. Today the library and CLI use
/// hand-written scanners and no Regex at all; this test keeps it that way unless a new one opts into
/// <see cref="RegexOptions.NonBacktracking"/> (linear time in the input).
/// </summary>
public class RegexAuditTests
{
    [Fact]
    public void Every_regex_in_shipped_code_is_non_backtracking()
    {
        var offenders = new List<string>();
        foreach (string file in Directory.EnumerateFiles(Path.Combine(SharedData.RepoRoot, "src"), "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)) continue;
            string[] lines = File.ReadAllLines(file);
            for (int i = 0; i < lines.Length; i++)
            {
                string line = lines[i];
                bool usesRegex = line.Contains("new Regex(", StringComparison.Ordinal) || line.Contains("GeneratedRegex", StringComparison.Ordinal)
                                 || Regex.IsMatch(line, @"\bRegex\.(IsMatch|Match|Matches|Replace|Split|Count|EnumerateMatches)\(", RegexOptions.NonBacktracking);
                // The options may sit on the next lines of the same call.
                string call = string.Join(' ', lines.Skip(i).Take(4));
                if (usesRegex && !call.Contains("NonBacktracking", StringComparison.Ordinal))
                {
                    offenders.Add($"{Path.GetRelativePath(SharedData.RepoRoot, file)}:{i + 1}: {line.Trim()}");
                }
            }
        }

        Assert.True(offenders.Count == 0, "Regex without RegexOptions.NonBacktracking (use a scanner or NonBacktracking):\n" + string.Join('\n', offenders));
    }
}
