package huibao.dataset;

import huibao.model.Fact;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One cell of the table: the fact that fills it and why it may not compare.
 *
 * @param fact  the fact shown
 * @param flags reasons to look twice ("approx", "redacted", "scope: 制造业", "2 values stated")
 */
public record Cell(Fact fact, List<String> flags) {

    public Cell {
        Objects.requireNonNull(fact, "fact");
        flags = List.copyOf(flags);
    }

    /** The value in the column's display unit, or {@code null} when redacted. */
    public BigDecimal value(DisplayUnit unit) {
        return unit.fromBase(fact.baseValue());
    }
}
