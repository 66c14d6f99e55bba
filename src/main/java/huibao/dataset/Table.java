package huibao.dataset;

import java.util.List;

/**
 * The comparable table: rows in administrative order, columns per indicator.
 *
 * @param columns the columns
 * @param rows    the rows
 */
public record Table(List<Column> columns, List<Row> rows) {

    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
