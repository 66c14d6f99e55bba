package huibao.export.csv;

import huibao.model.Fact;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * Writes facts as CSV rows with the fact contract's fields as columns, header first. Text that a
 * spreadsheet would read as a formula gets a leading {@code '} ({@link SpreadsheetText}); numbers
 * are written as numbers.
 */
public final class FactCsv {

    static final String[] HEADER = {"doc", "region", "region_code", "year", "from_month", "to_month", "period_label",
        "indicator", "measure", "scope", "text", "value", "value_max", "unit", "base_value", "base_value_max",
        "base_unit", "approx", "project", "versus", "redacted", "span_start", "span_end", "id", "part_of", "sentence"};

    private final CSVPrinter printer;

    public FactCsv(Appendable out) {
        try {
            this.printer = CSVFormat.DEFAULT.builder().setHeader(HEADER).setRecordSeparator("\n").get().print(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(Fact f) {
        try {
            // text through SpreadsheetText, so a spreadsheet reads none of it as a formula; numbers as they are
            printer.printRecord(text(f.doc()), text(f.region()), text(f.regionCode()),
                    f.period() == null ? null : f.period().year(),
                    f.period() == null ? null : f.period().fromMonth(),
                    f.period() == null ? null : f.period().toMonth(),
                    f.period() == null ? null : text(f.period().label()),
                    text(f.indicator()), text(f.measure().id()), text(f.scopeText()), text(f.text()), plain(f.value()),
                    plain(f.valueMax()), text(f.unit()), plain(f.baseValue()), plain(f.baseValueMax()),
                    text(f.baseUnit().id()), f.approx(), text(f.project()), text(f.versus()), f.redacted(),
                    f.span().start(), f.span().end(), text(f.id()), text(f.partOf()), text(f.sentence()));
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Object v) {
        return SpreadsheetText.text(v);
    }

    private static String plain(BigDecimal v) {
        return v == null ? null : v.toPlainString();
    }
}
