package huibao.cli;

import huibao.CommitPolicy;
import huibao.FileOutcome;
import huibao.Huibao;
import huibao.IngestSummary;
import huibao.model.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
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

    @Option(names = {"-q", "--quiet"}, description = "print only failures, warnings and the summary")
    boolean quiet;

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
            IngestSummary s = huibao.ingest(paths, hints.hints(), outcome -> report(outcome, out, err), removeMissing,
                    commits);
            for (String gone : s.removed()) {
                out.println("removed  " + Problem.printable(gone));
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            out.printf("ingested %d file(s): %d report(s), %d fact(s); %d unchanged, %d failed, %d removed (%.1f s) into %s%n",
                    s.filesRead(), s.reports(), s.facts(), s.filesSkipped(), s.failures().size(), s.removed().size(),
                    seconds, data.config().dataDir());
            return s.failures().isEmpty() ? ExitCodes.OK : ExitCodes.INPUT_FAILED;
        }
    }

    private void report(FileOutcome outcome, PrintWriter out, PrintWriter err) {
        if (!outcome.ok()) {
            Main.printFailure(spec, "failed   ", outcome);
            return;
        }
        if (outcome.skipped()) {
            if (!quiet) {
                out.println("unchanged " + Problem.printable(outcome.file()));
            }
        } else {
            long redacted = outcome.reports().stream().flatMap(r -> r.facts().stream()).filter(f -> f.redacted()).count();
            if (!quiet) {
                out.printf("read     %s: %d report(s), %d fact(s)%s%n", Problem.printable(outcome.file()),
                        outcome.reports().size(), outcome.factCount(), redacted == 0 ? "" : ", " + redacted + " redacted");
            }
            // warnings (a text cut at the write limit) print under --quiet too: they say what was not read
            for (var r : outcome.reports()) {
                for (Problem p : r.problems()) {
                    err.println("warning  " + p);
                }
            }
        }
        out.flush();
    }
}
