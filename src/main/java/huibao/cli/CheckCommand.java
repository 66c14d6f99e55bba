package huibao.cli;

import huibao.Huibao;
import huibao.export.json.FindingJson;
import huibao.export.text.FindingsText;
import huibao.model.Fact;
import huibao.model.Finding;
import huibao.model.Report;
import huibao.model.ReportExtraction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code huibao check}: figures that are missing or do not add up. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Finds the figures that are missing (masked, or not reported where peer reports state them) "
                + "and those that do not add up: completion rates, shares, 其中 and 分别 totals, table totals, growth "
                + "rates, defined ratios, restatements, a city's figures against its districts' reports and their sum. "
                + "A printed figure stands for every value that rounds to it; a relation that holds only through "
                + "rounding is noted.",
                "Checks the archive, or the FILEs given (read without an archive)."})
final class CheckCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "report files or folders to check instead of the archive")
    List<Path> files;

    @Option(names = "--all", description = "also list the relations that were checked and hold")
    boolean all;

    @Option(names = "--brief", description = "one line per finding, without the sentences")
    boolean brief;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = {"text, jsonl (one finding per line, with its facts' sentences and spans), md or html "
                    + "(a findings report to send on, by report, figures marked in their sentences), or xlsx (the "
                    + "table of the reports checked, findings as colours and comments, and a findings sheet; needs --out)",
                    "default: from the --out file's ending, else text"})
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of the terminal")
    Path outFile;

    enum Format { text, jsonl, md, html, xlsx }

    @Mixin
    HintOptions hints;

    @Mixin
    DataOptions data;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Format chosen = chosenFormat();
        if (chosen == Format.xlsx && outFile == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format xlsx needs --out FILE.xlsx");
        }
        int[] failed = {0};
        try (Huibao huibao = Huibao.open(data.config())) {
            List<Report> reports = new ArrayList<>();
            List<Fact> facts = new ArrayList<>();
            if (files == null || files.isEmpty()) {
                reports.addAll(huibao.reports());
                facts.addAll(huibao.facts());
            } else {
                huibao.read(files, hints.hints(), o -> {
                    if (!o.ok()) {
                        failed[0]++;
                        Main.printFailure(spec, "", o);
                        return;
                    }
                    for (ReportExtraction r : o.reports()) {
                        reports.add(r.report());
                        facts.addAll(r.facts());
                    }
                });
            }
            List<Finding> findings = huibao.check(reports, facts);
            List<Finding> shown = all ? findings : findings.stream().filter(f -> f.severity() != Finding.Severity.OK).toList();
            if (outFile == null) {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                write(chosen, shown, reports, facts, huibao, buffer);
                spec.commandLine().getOut().print(buffer.toString(StandardCharsets.UTF_8));
                spec.commandLine().getOut().flush();
            } else {
                try (OutputStream file = Files.newOutputStream(outFile)) {
                    write(chosen, shown, reports, facts, huibao, file);
                }
                spec.commandLine().getOut().printf("wrote %d finding(s) on %d report(s) to %s%n", shown.size(),
                        reports.size(), outFile);
            }
        }
        return failed[0] == 0 ? ExitCodes.OK : ExitCodes.INPUT_FAILED;
    }

    private void write(Format chosen, List<Finding> shown, List<Report> reports, List<Fact> facts, Huibao huibao,
                       OutputStream sink) throws IOException {
        switch (chosen) {
            case md -> huibao.exports().findingsMarkdown(shown, reports, sink);
            case html -> huibao.exports().findingsHtml(shown, reports, sink);
            case xlsx -> huibao.exports().workbook(huibao.dataset(reports, facts, huibao.defaultDataset()), shown,
                    reports, sink);
            case jsonl, text -> {
                PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(sink, StandardCharsets.UTF_8));
                if (chosen == Format.jsonl) {
                    shown.forEach(f -> w.println(FindingJson.line(f)));
                } else {
                    FindingsText.print(shown, w, !brief);
                }
                w.flush();
            }
        }
    }

    /** --format when given, else the --out file's ending, else text. */
    private Format chosenFormat() {
        if (format != null) {
            return format;
        }
        if (outFile == null) {
            return Format.text;
        }
        String name = outFile.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ending = dot < 0 ? "" : name.substring(dot + 1);
        return switch (ending) {
            case "jsonl", "json" -> Format.jsonl;
            case "md", "markdown" -> Format.md;
            case "html", "htm" -> Format.html;
            case "xlsx" -> Format.xlsx;
            case "txt" -> Format.text;
            default -> throw new CommandLine.ParameterException(spec.commandLine(), "--out " + outFile
                    + ": say --format, or end the name in .txt, .jsonl, .md, .html or .xlsx");
        };
    }
}
