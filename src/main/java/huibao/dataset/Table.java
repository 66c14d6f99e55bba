package huibao.dataset;

import java.util.ArrayList;
import java.util.HashMap;
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

    /**
     * The same table showing only {@code shown} of its columns: what a request for those columns
     * alone builds, since a column's unit, period and totals rest on its own cells only.
     */
    public Table only(List<Column> shown) {
        if (!columns.containsAll(shown)) {
            throw new IllegalArgumentException("not columns of this table: " + shown);
        }
        List<Row> kept = new ArrayList<>(rows.size());
        for (Row r : rows) {
            Map<String, Cell> cells = new HashMap<>();
            for (Column c : shown) {
                Cell cell = r.cells().get(c.key());
                if (cell != null) {
                    cells.put(c.key(), cell);
                }
            }
            kept.add(new Row(r.region(), r.label(), r.period(), r.reports(), cells));
        }
        Map<String, ColumnSummary> totals = new HashMap<>();
        for (Column c : shown) {
            if (summaries.containsKey(c.key())) {
                totals.put(c.key(), summaries.get(c.key()));
            }
        }
        return new Table(shown, kept, totals);
    }

    /** The totals of {@code column}, or {@code null}. */
    public ColumnSummary summary(Column column) {
        return summaries.get(column.key());
    }
}
