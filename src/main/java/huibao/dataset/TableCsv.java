package huibao.dataset;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the table as CSV in UTF-8 with a byte order mark, so that Excel opens the Chinese text
 * correctly: one line per row, a value and a flags column per indicator, and the doc the row
 * comes from.
 */
public final class TableCsv {

    private TableCsv() {
    }

    /** Writes {@code table} to {@code file}. */
    public static void write(Table table, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            List<String> header = new ArrayList<>(List.of("地区", "地区代码", "期间", "报告"));
            for (Column c : table.columns()) {
                header.add(c.heading());
                header.add(c.label() + "·标注");
            }
            try (CSVPrinter p = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get().print(w)) {
                p.printRecord(header);
                for (Row row : table.rows()) {
                    List<Object> cells = new ArrayList<>();
                    cells.add(row.regionLabel());
                    cells.add(row.report().regionCode());
                    cells.add(row.report().period().normalized());
                    cells.add(row.report().doc());
                    for (Column c : table.columns()) {
                        Cell cell = row.cells().get(c.indicator());
                        if (cell == null) {
                            cells.add("");
                            cells.add("not stated");
                        } else {
                            List<String> flags = new ArrayList<>(cell.flags());
                            DisplayUnit unit = c.unit();
                            if (cell.fact().baseUnit() != unit.base()) {
                                // never mix currencies: the cell keeps its own unit and says so
                                unit = DisplayUnit.of(cell.fact().baseUnit());
                                flags.add("unit: " + unit.label());
                            }
                            BigDecimal v = cell.value(unit);
                            cells.add(v == null ? "" : v.toPlainString());
                            cells.add(String.join("; ", flags));
                        }
                    }
                    p.printRecord(cells);
                }
            }
        }
    }
}
