using System.CommandLine;
using IndoNews.NLP.Cli;
using IndoNews.NLP.Cli.Commands;

var root = new RootCommand("indonews: Indonesian NLP for news text (tokens, sentences, lemmas, entities). " + ExitCodes.HelpText);
foreach (var command in CommandCatalog.All())
{
    root.Subcommands.Add(command);
}

var parse = root.Parse(args);
return await parse.InvokeAsync().ConfigureAwait(false);
