package huibao.dataset;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Totals of one column over comparable cells only.
 *
 * @param over       which rows were summed ("澜州市所辖", the siblings under one parent)
 * @param total      sum of the comparable cells, or {@code null} for rates, shares and ranks
 * @param average    mean of the comparable cells, or {@code null} for ranks
 * @param comparable how many cells entered the figures
 * @param cells      how many cells the rows have in this column
 */
public record ColumnSummary(String over, BigDecimal total, BigDecimal average, int comparable, int cells) {

    public ColumnSummary {
        Objects.requireNonNull(over, "over");
    }
}
