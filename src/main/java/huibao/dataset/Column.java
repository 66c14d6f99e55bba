package huibao.dataset;

import huibao.model.Measure;
import huibao.model.Period;

import java.util.Objects;

/**
 * A column of the table: one measure of one indicator, shown in one unit.
 *
 * @param indicator canonical indicator id
 * @param label     the indicator's heading ("实际使用外资")
 * @param measure   the measure shown
 * @param unit      the display unit, from the currency or unit most of the column's facts have
 * @param period    the period most of the column's cells cover; others are flagged, or
 *                  {@code null} when the column is empty
 */
public record Column(String indicator, String label, Measure measure, DisplayUnit unit, Period period) {

    public Column {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(unit, "unit");
    }

    /** Key of the column among a row's cells: "fdi_actual/value". */
    public String key() {
        return key(indicator, measure);
    }

    static String key(String indicator, Measure measure) {
        return indicator + "/" + measure.id();
    }

    /** The heading with measure and unit: "实际使用外资（万美元）", "实际使用外资·同比（%）". */
    public String heading() {
        String m = measure == Measure.VALUE ? "" : "·" + measureLabel(measure);
        return (label == null ? indicator : label) + m + "（" + unit.label() + "）";
    }

    /** The Chinese name of a measure as headings write it. */
    public static String measureLabel(Measure measure) {
        return switch (measure) {
            case VALUE -> "总量";
            case YOY -> "同比";
            case YOY_ABS -> "同比增减";
            case COMPLETION -> "完成率";
            case TARGET -> "目标";
            case SHARE -> "占比";
            case PP_CHANGE -> "百分点变化";
            case RANK -> "位次";
        };
    }
}
