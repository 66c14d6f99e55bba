package huibao.cli;

import huibao.FileOutcome;
import huibao.Huibao;
import huibao.export.csv.FactCsv;
import huibao.export.json.EntityJson;
import huibao.export.json.FactJson;
import huibao.export.json.ReportJson;
import huibao.model.Entity;
import huibao.model.Fact;
import huibao.model.Problem;
import huibao.model.ReportExtraction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code huibao extract}: prints the facts of reports without touching the archive. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Reads reports and prints every figure as a fact (one JSON object per line, as in the fact contract), "
                + "or their projects and organisations, or their metadata. Needs no archive."})
final class ExtractCommand implements Callable<Integer> {

    enum Format { jsonl, csv }

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "report files or folders (read recursively)")
    List<Path> files;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "jsonl or csv (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--entities", description = "print the projects and organisations instead of the facts")
    boolean entities;

    @Option(names = "--reports", description = "print each report's title, issuer, region and period instead of the facts")
    boolean reports;

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
        int[] failed = {0};
        FactCsv csv = format == Format.csv && !entities && !reports ? new FactCsv(out) : null;
        try (Huibao huibao = Huibao.open(data.config())) {
            huibao.read(files, hints.hints(), outcome -> {
                if (!outcome.ok()) {
                    failed[0]++;
                    Main.printFailure(spec, "", outcome);
                    return;
                }
                print(outcome, csv, out, err);
            });
        }
        return failed[0] == 0 ? ExitCodes.OK : ExitCodes.INPUT_FAILED;
    }

    /** A file's reports, entities or facts in the chosen shape, and its problems on the error stream. */
    private void print(FileOutcome outcome, FactCsv csv, PrintWriter out, PrintWriter err) {
        for (ReportExtraction r : outcome.reports()) {
            if (reports) {
                out.println(ReportJson.line(r));
            } else if (entities) {
                for (Entity e : r.entities()) {
                    out.println(EntityJson.line(e));
                }
            } else {
                for (Fact f : r.facts()) {
                    if (csv != null) {
                        csv.write(f);
                    } else {
                        out.println(FactJson.line(f));
                    }
                }
            }
            for (Problem p : r.problems()) {
                err.println(p);
            }
        }
        out.flush();
    }
}
