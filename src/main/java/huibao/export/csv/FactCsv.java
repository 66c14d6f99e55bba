package huibao.export.csv;

import huibao.model.Fact;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/** Writes facts as CSV rows with the fact contract's fields as columns, header first. */
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
            printer.printRecord(f.doc(), f.region(), f.regionCode(),
                    f.period() == null ? null : f.period().year(),
                    f.period() == null ? null : f.period().fromMonth(),
                    f.period() == null ? null : f.period().toMonth(),
                    f.period() == null ? null : f.period().label(),
                    f.indicator(), f.measure().id(), f.scopeText(), f.text(), plain(f.value()), plain(f.valueMax()), f.unit(),
                    plain(f.baseValue()), plain(f.baseValueMax()), f.baseUnit().id(), f.approx(), f.project(), f.versus(),
                    f.redacted(), f.span().start(), f.span().end(), f.id(), f.partOf(), f.sentence());
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String plain(BigDecimal v) {
        return v == null ? null : v.toPlainString();
    }
}
