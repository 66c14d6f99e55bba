package huibao.cli;

import huibao.Huibao;
import huibao.dataset.Table;
import huibao.dataset.TableCsv;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code huibao dataset}: the region × indicator table of the archive. */
@Command(name = "dataset", mixinStandardHelpOptions = true,
        description = {"Builds one comparable table over the archive: a row per region and report period "
                + "(city first, then its districts and counties by code), a column per indicator and measure, "
                + "each cell traced to its fact and flagged when it does not compare (period, currency, scope, "
                + "approximate, masked, several values). Prints it, or writes it with --out as CSV (UTF-8 with BOM)."})
final class DatasetCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "FILE", description = "where to write the table: .csv")
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
            if (!name.endsWith(".csv")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--out: write .csv (" + out + ")");
            }
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                TableCsv.write(t, w);
            }
            spec.commandLine().getOut().printf("wrote %d row(s) × %d column(s) to %s%n", t.rows().size(),
                    t.columns().size(), out);
        }
        return ExitCodes.OK;
    }
}
