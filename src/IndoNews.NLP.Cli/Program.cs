using System.CommandLine;
using IndoNews.NLP.Cli;
using IndoNews.NLP.Cli.Commands;

var root = new RootCommand("indonews: Indonesian NLP for news text (tokens, sentences, lemmas, entities). " + ExitCodes.HelpText);
foreach (var command in CommandCatalog.All())
{
    root.Subcommands.Add(command);
}

using var signals = CliCancellation.Install();
var parse = root.Parse(args);
// Ctrl+C is handled by CliCancellation; parse errors (unknown option, bad value) are usage errors.
int exit = await parse.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null }).ConfigureAwait(false);
return parse.Errors.Count > 0 && exit != ExitCodes.Success ? ExitCodes.Usage : exit;
