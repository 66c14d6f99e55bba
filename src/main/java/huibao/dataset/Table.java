package huibao.dataset;

import java.util.List;
import java.util.Map;

/**
 * The comparable table: rows in administrative order, one column per indicator and measure, and
 * per column its totals over comparable cells.
 *
 * @param columns   the columns
 * @param rows      the rows
 * @param summaries totals by {@link Column#key()}; a column without comparable cells has none
 */
public record Table(List<Column> columns, List<Row> rows, Map<String, ColumnSummary> summaries) {

    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        summaries = Map.copyOf(summaries);
    }

    /** The totals of {@code column}, or {@code null}. */
    public ColumnSummary summary(Column column) {
        return summaries.get(column.key());
    }
}
