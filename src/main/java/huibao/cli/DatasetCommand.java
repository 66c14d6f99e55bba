package huibao.cli;

import huibao.Huibao;
import huibao.dataset.Table;
import huibao.export.csv.TableCsv;
import huibao.export.text.TableText;
import huibao.model.Finding;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code huibao dataset}: the region × indicator table of the archive. */
@Command(name = "dataset", mixinStandardHelpOptions = true,
        description = {"Builds one comparable table over the archive: a row per region and report period "
                + "(city first, then its districts and counties by code), a column per indicator and measure, "
                + "each cell traced to its fact and flagged when it does not compare (period, currency, scope, "
                + "approximate, masked, several values). Prints it, or writes it with --out: .csv (UTF-8 with BOM, so Excel "
                + "reads the Chinese), .xlsx (with the findings of huibao check as cell colours, every source sentence "
                + "in a cell comment, a findings sheet and a sources sheet) or .json (the table with its facts and "
                + "the findings)."})
final class DatasetCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "FILE", description = "where to write the table: .csv, .xlsx or .json")
    Path out;

    @Mixin
    TableOptions table;

    @Mixin
    DataOptions data;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Huibao huibao = Huibao.open(data.config())) {
            Table t = huibao.dataset(table.request(huibao));
            if (out == null) {
                TableText.print(t, spec.commandLine().getOut());
                return ExitCodes.OK;
            }
            String name = out.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if (name.endsWith(".csv")) {
                try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                    TableCsv.write(t, w);
                }
            } else if (name.endsWith(".xlsx") || name.endsWith(".json")) {
                List<Finding> findings = huibao.check().stream().filter(f -> f.severity() != Finding.Severity.OK).toList();
                try (OutputStream file = Files.newOutputStream(out)) {
                    if (name.endsWith(".xlsx")) {
                        huibao.exports().workbook(t, findings, huibao.reports(), file);
                    } else {
                        huibao.exports().json(t, findings, huibao.extractions(), file);
                    }
                }
            } else {
                throw new CommandLine.ParameterException(spec.commandLine(), "--out: write .csv, .xlsx or .json (" + out + ")");
            }
            spec.commandLine().getOut().printf("wrote %d row(s) × %d column(s) to %s%n", t.rows().size(),
                    t.columns().size(), out);
        }
        return ExitCodes.OK;
    }
}
