/**
 * The command line: one picocli command class per verb, sharing their options through
 * {@link huibao.cli.DataOptions}, and one place ({@link huibao.cli.Main}) that maps outcomes
 * and exceptions to exit codes: 0 all went well, 1 some inputs failed, 2 a usage error.
 * Commands hold no logic of their own: they call {@link huibao.Huibao} and pick a writer from
 * {@link huibao.export} for {@code --format} and {@code --out}. What ingest prints as it goes
 * (a progress bar on a terminal, a line per file as a log elsewhere) is {@link huibao.cli.IngestDisplay}'s.
 */
package huibao.cli;
