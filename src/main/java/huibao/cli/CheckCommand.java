package huibao.cli;

import huibao.FileOutcome;
import huibao.Huibao;
import huibao.ingest.InputFile;
import huibao.model.Fact;
import huibao.model.Finding;
import huibao.model.Report;
import huibao.model.ReportExtraction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code huibao check}: figures that are missing or do not add up. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Finds the figures that are missing (masked, or not reported where peer reports state them) "
                + "and those that do not add up: completion rates, shares, 其中 and 分别 totals, growth rates, defined "
                + "ratios, restatements, a city's figures against its districts' reports and their sum. A printed figure "
                + "stands for every value that rounds to it; a relation that holds only through rounding is noted.",
                "Checks the archive, or the FILEs given (read without an archive)."})
final class CheckCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "report files or folders to check instead of the archive")
    List<Path> files;

    @Option(names = "--all", description = "also list the relations that were checked and hold")
    boolean all;

    @Option(names = "--brief", description = "one line per finding, without the sentences")
    boolean brief;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or jsonl (one finding per line, with its facts' sentences and spans; default: ${DEFAULT-VALUE})")
    Format format;

    enum Format { text, jsonl }

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
        int failed = 0;
        try (Huibao huibao = Huibao.open(data.config())) {
            List<Finding> findings;
            if (files == null || files.isEmpty()) {
                findings = huibao.check();
            } else {
                List<Report> reports = new ArrayList<>();
                List<Fact> facts = new ArrayList<>();
                var hintFor = hints.hints();
                for (InputFile in : huibao.inputs(files)) {
                    FileOutcome o = huibao.read(in, hintFor.apply(in));
                    if (!o.ok()) {
                        failed++;
                        err.println(o.failure());
                        continue;
                    }
                    for (ReportExtraction r : o.reports()) {
                        reports.add(r.report());
                        facts.addAll(r.facts());
                    }
                }
                findings = huibao.check(reports, facts);
            }
            List<Finding> shown = all ? findings : findings.stream().filter(f -> f.severity() != Finding.Severity.OK).toList();
            if (format == Format.jsonl) {
                shown.forEach(f -> out.println(FindingJson.line(f)));
            } else {
                FindingsText.print(shown, out, !brief);
            }
        }
        return failed == 0 ? ExitCodes.OK : ExitCodes.INPUT_FAILED;
    }
}
