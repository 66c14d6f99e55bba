package huibao.dataset;

import huibao.model.Measure;

import java.util.Objects;

/**
 * A column of the table: an indicator and a measure, shown in one unit.
 *
 * @param indicator canonical indicator id
 * @param label     heading ("实际使用外资")
 * @param measure   the measure shown (value unless asked otherwise)
 * @param unit      the display unit, chosen from the column's facts
 */
public record Column(String indicator, String label, Measure measure, DisplayUnit unit) {

    public Column {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(unit, "unit");
    }

    /** The heading with the unit: "实际使用外资（万美元）". */
    public String heading() {
        String m = measure == Measure.VALUE ? "" : "·" + measure.id();
        return (label == null ? indicator : label) + m + "（" + unit.label() + "）";
    }
}
