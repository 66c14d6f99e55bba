package huibao.dataset;

import huibao.model.Fact;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One cell of the table: the fact that fills it, the unit it is shown in, and why it may not
 * compare with the rest of its column.
 *
 * @param fact   the fact shown; its sentence and span say where the number comes from
 * @param unit   the unit the value is shown in: the column's, or the fact's own currency when it
 *               differs (currencies are never converted)
 * @param flags  reasons to look twice; a cell without flags is comparable
 * @param others other facts of the row's reports that state the same figure with another value
 */
public record Cell(Fact fact, DisplayUnit unit, List<CellFlag> flags, List<Fact> others) {

    public Cell {
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(unit, "unit");
        flags = List.copyOf(flags);
        others = List.copyOf(others);
    }

    /** The value in the cell's display unit, exactly, or {@code null} when redacted. */
    public BigDecimal value() {
        return unit.fromBase(fact.baseValue());
    }

    /** Whether the cell may enter totals and averages: no flag of any kind. */
    public boolean comparable() {
        return flags.isEmpty();
    }

    /** Whether a flag of {@code kind} is set. */
    public boolean has(CellFlag.Kind kind) {
        return flags.stream().anyMatch(f -> f.kind() == kind);
    }

    /** The value as printed in the table: the number, or the masked text as written. */
    public String display() {
        BigDecimal v = value();
        return v == null ? fact.text().strip() : v.toPlainString();
    }
}
