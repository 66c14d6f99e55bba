package huibao.export;

import huibao.dataset.DisplayUnit;
import huibao.model.BaseUnit;

import java.math.BigDecimal;

/**
 * The spreadsheet number format that shows a value with exactly the decimals it is printed with:
 * 12.35 (亿元) as {@code #,##0.00}, 16700 (万美元) as {@code #,##0}, 32.8 (%) as {@code 0.0"%"}.
 * Percent values are the number as printed (32.8 means 32.8%), so the sign is a literal, not
 * Excel's multiply-by-100 percent.
 */
final class PrintedFormat {

    private PrintedFormat() {
    }

    /**
     * The format of {@code value} shown in {@code unit}; {@code withUnit} writes the unit after the
     * number, for a cell whose unit is not its column's (another currency).
     */
    static String of(BigDecimal value, DisplayUnit unit, boolean withUnit) {
        BaseUnit base = unit.base();
        boolean grouped = base != BaseUnit.PERCENT && base != BaseUnit.PP && base != BaseUnit.RANK;
        int decimals = Math.max(0, value.scale());
        String number = (grouped ? "#,##0" : "0") + (decimals == 0 ? "" : "." + "0".repeat(decimals));
        if (base == BaseUnit.PERCENT) {
            return number + "\"%\"";
        }
        return withUnit ? number + "\"" + unit.label() + "\"" : number;
    }
}
