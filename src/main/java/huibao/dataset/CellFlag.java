package huibao.dataset;

import java.util.Locale;
import java.util.Objects;

/**
 * Why a cell does not compare with the rest of its column.
 *
 * @param kind the reason
 * @param note what the cell has instead ("1-5月", "制造业", "CNY")
 */
public record CellFlag(Kind kind, String note) {

    /** The reasons a cell is kept out of totals and averages. */
    public enum Kind {
        /** The figure covers another period than most of the column (1-5月 next to 1-6月). */
        PERIOD("期间不同"),
        /** The figure is in another currency than the column; it is shown in its own. */
        CURRENCY("币种不同"),
        /** The figure counts only part of the region's whole (制造业, 亿元以上). */
        SCOPE("口径不同"),
        /** The figure is hedged (约, 近, 余, 超, 以上) or a range. */
        APPROX("约数"),
        /** The figure is masked or left blank. */
        REDACTED("数字缺失"),
        /** The report states the figure more than once, with different values. */
        DIFFERING("多处数值不一");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The Chinese label an analyst reads. */
        public String label() {
            return label;
        }

        /** Identifier used in outputs: {@code period}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public CellFlag {
        Objects.requireNonNull(kind, "kind");
    }

    /** "期间不同：1-5月". */
    @Override
    public String toString() {
        return note == null || note.isEmpty() ? kind.label() : kind.label() + "：" + note;
    }
}
