package huibao.extract.lexicon;

import huibao.extract.number.Unit;
import huibao.model.BaseUnit;

import java.util.Set;

/**
 * A canonical indicator of {@code dictionaries/indicators.tsv}.
 *
 * @param id         canonical id ("fdi_actual")
 * @param label      heading for tables ("实际使用外资")
 * @param kind       the kind of figure its level is
 * @param currency   its base currency, for money indicators
 * @param units      written units a count indicator is counted in; empty for any
 * @param investment the money indicator that goes with a count indicator, or {@code null}
 * @param stage      the project stage a count indicator counts, or {@code null}
 * @param keepsBreakdowns whether a breakdown of its figures (拜访企业47家，其中500强企业6家) stays in it
 */
public record Indicator(String id, String label, Unit.Kind kind, BaseUnit currency, Set<String> units, String investment,
                        String stage, boolean keepsBreakdowns) {

    /** Whether a figure with this unit may state the indicator's level. */
    public boolean fitsLevel(Unit unit) {
        if (unit == null) {
            return true;
        }
        if (unit.kind() != kind) {
            return false;
        }
        String w = unit.written();
        // 1.2万家 is counted in 家; 1.2万人次 is not counted in 次
        return units.isEmpty() || units.contains(w) || (w.length() > 1 && "万亿千百".indexOf(w.charAt(0)) >= 0
                && units.contains(w.substring(1)));
    }
}
