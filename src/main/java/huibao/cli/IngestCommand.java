package huibao.cli;

import huibao.CommitPolicy;
import huibao.Huibao;
import huibao.IngestSummary;
import huibao.config.HuibaoConfig;
import huibao.model.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code huibao ingest}: reads reports into the archive. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads report files and folders (recursively) into the archive in the data folder. "
                + "Unchanged files already in the archive are skipped; a changed file replaces its old version. "
                + "Files that cannot be read are named with the reason, and the rest go on."})
final class IngestCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "report files or folders")
    List<Path> paths;

    @Option(names = "--remove-missing", description = "drop files from the archive that are gone from the folders given")
    boolean removeMissing;

    @Option(names = "--commit-every", paramLabel = "N", description = "commit the archive every N files written "
            + "(and every " + CommitPolicy.DEFAULT_SECONDS + " s); a stopped ingest keeps what was committed, and running "
            + "it again completes it (default: " + CommitPolicy.DEFAULT_FILES + ")")
    Integer commitEvery;

    @CommandLine.ArgGroup(exclusive = true)
    Detail detail = new Detail();

    /** How much ingest says of the files it reads. */
    static final class Detail {
        @Option(names = {"-q", "--quiet"}, description = "print only failures, warnings and the summary: no progress bar, "
                + "no line per file")
        boolean quiet;

        @Option(names = {"-v", "--verbose"}, description = "print a line per file on a terminal too (where the output "
                + "is not a terminal, that line is printed anyway, unless --quiet)")
        boolean verbose;

        IngestDisplay.Detail level() {
            return quiet ? IngestDisplay.Detail.QUIET
                    : verbose ? IngestDisplay.Detail.VERBOSE : IngestDisplay.Detail.DEFAULT;
        }
    }

    @Mixin
    HintOptions hints;

    @Mixin
    DataOptions data;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        try (Huibao huibao = Huibao.open(data.config())) {
            CommitPolicy commits = commitEvery == null ? CommitPolicy.DEFAULT : CommitPolicy.DEFAULT.everyFiles(commitEvery);
            IngestSummary s;
            try (IngestDisplay display = IngestDisplay.forConsole(out, err, detail.level(),
                    outcome -> Main.printFailure(spec, "failed   ", outcome))) {
                s = huibao.ingest(paths, hints.hints(), display, removeMissing, commits);
            }
            for (String gone : s.removed()) {
                out.println("removed  " + Problem.printable(gone));
            }
            HuibaoConfig config = data.config();
            out.println(summary(s, (System.nanoTime() - started) / 1e9,
                    config.solr() != null ? config.solr().toString() : config.dataDir().toString()));
            return s.failures().isEmpty() ? ExitCodes.OK : ExitCodes.INPUT_FAILED;
        }
    }

    /**
     * The run in one line: files read, their reports and facts, files unchanged, failed and removed,
     * the time it took and the reports read per second over it.
     */
    static String summary(IngestSummary s, double seconds, String archive) {
        return String.format(Locale.ROOT, "ingested %d file(s): %d report(s), %d fact(s); %d unchanged, %d failed, "
                        + "%d removed (%.1f s, %.1f reports/s) into %s",
                s.filesRead(), s.reports(), s.facts(), s.filesSkipped(), s.failures().size(), s.removed().size(),
                seconds, seconds > 0 ? s.reports() / seconds : 0.0, archive);
    }
}
