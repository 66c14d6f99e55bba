package huibao.cli;

import huibao.Huibao;
import huibao.dataset.DatasetBuilder;
import huibao.dataset.Table;
import huibao.dataset.TableCsv;
import huibao.model.Measure;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code huibao dataset}: the region × indicator table of the archive. */
@Command(name = "dataset", mixinStandardHelpOptions = true,
        description = {"Builds one table over the archive: a row per report (region and period), "
                + "a column per indicator, each cell with its flags, and writes it as CSV (UTF-8 with BOM for Excel)."})
final class DatasetCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "FILE.csv", required = true, description = "where to write the table")
    Path out;

    @Option(names = "--indicators", paramLabel = "ID,...", split = ",",
            description = "indicators to show (default: the main ones)")
    List<String> indicators;

    @Option(names = "--measure", paramLabel = "MEASURE", defaultValue = "value",
            description = "measure to show: value, yoy, completion, target, share, rank ... (default: ${DEFAULT-VALUE})")
    String measure;

    @Mixin
    DataOptions data;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Huibao huibao = Huibao.open(data.config())) {
            Table table = huibao.dataset(indicators == null ? DatasetBuilder.MAIN_INDICATORS : indicators,
                    Measure.of(measure));
            TableCsv.write(table, out);
            spec.commandLine().getOut().printf("wrote %d row(s) × %d indicator(s) to %s%n", table.rows().size(),
                    table.columns().size(), out);
        }
        return ExitCodes.OK;
    }
}
