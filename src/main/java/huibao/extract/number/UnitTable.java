package huibao.extract.number;

import huibao.catalog.UnitPrefixes;
import huibao.config.Dictionaries;
import huibao.model.BaseUnit;
import huibao.model.UnitKind;
import huibao.text.CharPairTable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The units of {@code dictionaries/units.tsv}, matched longest first at a position in a text.
 * A count or area unit may also carry a multiplier prefix (1.2万人, 3万家), which the table
 * builds from {@code unit-prefixes.tsv}.
 */
public final class UnitTable {

    private static final Unit[] NO_UNITS = {};

    private final Map<String, Unit> units = new HashMap<>();
    private final int longest;
    /** The first characters of the units, so that most positions are turned down with one lookup. */
    private final BitSet opens = new BitSet(Character.MAX_VALUE + 1);
    /** The units by their first character, longest first: compared in place, with no substring cut per length. */
    private final CharPairTable<Unit[]> byFirst;

    /** Reads {@code units.tsv}, adding each count and area unit behind each of {@code prefixes}. */
    public UnitTable(Dictionaries dictionaries, UnitPrefixes prefixes) {
        for (Dictionaries.Table.Row row : dictionaries.table("units.tsv", "unit", "base_unit", "multiplier", "kind").rows()) {
            try {
                Unit u = new Unit(row.get("unit"), BaseUnit.of(row.get("base_unit")),
                        new BigDecimal(row.get("multiplier")), UnitKind.of(row.get("kind")));
                units.put(u.written(), u);
            } catch (IllegalArgumentException e) {
                throw row.error("bad unit row: " + e.getMessage());
            }
        }
        Map<String, Unit> prefixed = new HashMap<>();
        for (Map.Entry<String, BigDecimal> prefix : prefixes.multipliers().entrySet()) {
            BigDecimal factor = prefix.getValue();
            for (Unit u : units.values()) {
                if (u.kind() == UnitKind.COUNT || u.kind() == UnitKind.AREA) {
                    String written = prefix.getKey() + u.written();
                    prefixed.putIfAbsent(written, new Unit(written, u.base(), u.multiplier().multiply(factor), u.kind()));
                }
            }
        }
        prefixed.forEach(units::putIfAbsent);
        this.longest = units.keySet().stream().mapToInt(String::length).max().orElse(1);
        units.keySet().forEach(w -> opens.set(w.charAt(0)));
        List<Unit> longestFirst = new ArrayList<>(units.values());
        longestFirst.sort(Comparator.comparingInt((Unit u) -> u.written().length()).reversed());
        byFirst = CharPairTable.grouped(longestFirst, u -> u.written().charAt(0), Unit[]::new);
    }

    /** Whether some unit starts with {@code c}. */
    boolean opensWith(char c) {
        return opens.get(c);
    }

    /** The longest unit written at {@code at} in {@code text}, or {@code null}. */
    Unit match(CharSequence text, int at) {
        if (at >= text.length()) {
            return null;
        }
        for (Unit u : startingWith(text.charAt(at))) {
            if (FigureRules.startsWith(text, at, u.written())) {
                return u;
            }
        }
        return null;
    }

    /** The units that start with {@code c}, longest first; none when no unit does. */
    Unit[] startingWith(char c) {
        Unit[] us = opens.get(c) ? byFirst.get(c) : null;
        return us == null ? NO_UNITS : us;
    }

    /** Length of the longest unit. */
    int longest() {
        return longest;
    }

    /** The unit written exactly as {@code written}, or {@code null}. */
    public Unit get(String written) {
        return units.get(written);
    }

    /** All units, for tests and listings. */
    List<Unit> all() {
        return List.copyOf(units.values());
    }
}
