namespace IndoNews.NLP.Fuzz;

/// <summary>
/// One thing to fuzz: it takes arbitrary bytes and either returns or throws. An exception of a type in
/// <see cref="ExpectedErrors"/> is the component rejecting bad input cleanly; any other exception, an
/// invariant violation, or an internal-error exit of the CLI is a crash.
/// </summary>
public sealed class FuzzTarget(string name, string description, Action<byte[]> run, params Type[] expectedErrors)
{
    public string Name { get; } = name;

    public string Description { get; } = description;

    public IReadOnlyList<Type> ExpectedErrors { get; } = expectedErrors;

    /// <summary>Runs one input; returns normally for success or a clean rejection, throws for a crash.</summary>
    public void Run(byte[] input)
    {
        try
        {
            run(input);
        }
        catch (Exception e) when (ExpectedErrors.Any(t => t.IsInstanceOfType(e)))
        {
            // Clean rejection of bad input.
        }
    }
}

/// <summary>A crash found by a target that is not an exception of the component itself (an invariant, an exit code).</summary>
public sealed class FuzzCrashException(string message) : Exception(message);
