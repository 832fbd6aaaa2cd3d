namespace IndoNews.NLP.Cli.IO;

/// <summary>One decoded line of an input file, with where it came from.</summary>
/// <param name="Text">The line without its line break.</param>
/// <param name="Number">1-based line number.</param>
/// <param name="ByteOffset">Byte offset of the line's first byte in the input (after a BOM on the first line).</param>
/// <param name="LineBreak">The line break that ended the line as read (<c>\n</c>, <c>\r\n</c> or <c>\r</c>), empty at the end of input.</param>
internal readonly record struct InputLine(string Text, long Number, long ByteOffset, string LineBreak = "");
