package huibao.catalog;

import huibao.text.ChineseNumerals;
import huibao.model.BaseUnit;
import huibao.model.UnitKind;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A canonical indicator of {@code dictionaries/indicators.tsv}.
 *
 * @param id         canonical id ("fdi_actual")
 * @param label      heading for tables ("实际使用外资")
 * @param kind       the kind of figure its level is
 * @param currency   its base currency, for money indicators, or {@code null}
 * @param units      written units a count indicator is counted in; empty for any
 * @param investment the money indicator that goes with a count indicator, or {@code null}
 * @param stage      the project stage a count indicator counts (a stage of {@code stages.tsv}), or {@code null}
 * @param keepsBreakdowns whether a breakdown of its figures (拜访企业47家，其中500强企业6家) stays in it
 * @param domain     where its money comes from, {@code foreign} or {@code domestic}, or {@code null}
 * @param roles      what rules ask of it ({@link Role}), each role given to this indicator only
 * @param terms      the words for it as written, class words ({@code {foreign}}) not yet expanded
 */
public record Indicator(String id, String label, UnitKind kind, BaseUnit currency, Set<String> units, String investment,
                        String stage, boolean keepsBreakdowns, String domain, Set<Role> roles, List<String> terms) {

    /** Where the money of a foreign-capital indicator comes from ({@code domain}). */
    public static final String FOREIGN = "foreign";
    /** Where the money of a domestic-capital indicator comes from ({@code domain}). */
    public static final String DOMESTIC = "domestic";

    public Indicator {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        units = Set.copyOf(units);
        roles = Set.copyOf(roles);
        terms = List.copyOf(terms);
    }

    /** Whether its money is foreign capital (实际使用外资, 合同外资, a count of foreign firms). */
    public boolean foreign() {
        return FOREIGN.equals(domain);
    }

    /**
     * Whether a figure in a unit of {@code unitKind} written {@code written} may state the
     * indicator's level: the kinds agree and, for a count counted in named units, the unit is one
     * of them, or one of them behind a multiplier (1.2万家 is counted in 家; 1.2万人次 is not in 次).
     */
    public boolean fitsLevel(UnitKind unitKind, String written) {
        if (unitKind != kind) {
            return false;
        }
        return units.isEmpty() || units.contains(written)
                || (written.length() > 1 && ChineseNumerals.UNIT_MULTIPLIERS.indexOf(written.charAt(0)) >= 0 && units.contains(written.substring(1)));
    }
}
