package huibao.model;

import java.util.Objects;

/**
 * Where a figure stands in a table row (泠北区\t6215\t12.5).
 *
 * @param row    the row's first cell, stripped: 泠北区, 合计, 其中：制造业
 * @param column how many cells of the row come before the figure's
 */
public record TableCell(String row, int column) {

    public TableCell {
        Objects.requireNonNull(row, "row");
        if (column < 0) {
            throw new IllegalArgumentException("column " + column);
        }
    }
}
