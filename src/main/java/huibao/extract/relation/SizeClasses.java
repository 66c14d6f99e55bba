package huibao.extract.relation;

import huibao.catalog.UnitPrefixes;
import huibao.model.SizeClass;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the size class a scope part names: 亿元以上 is from 1亿 on, 5000万～1亿元 from 5000万 to
 * 1亿, with the multipliers of {@code unit-prefixes.tsv} (from the catalogue). Built once here, so that the checks
 * compare bounds rather than parse scopes.
 */
final class SizeClasses {

    private static final Pattern AT_LEAST = Pattern.compile(
            "(?:过|超)?(\\d+(?:\\.\\d+)?)?([千万亿]*)元?(?:（含）|\\(含\\))?(?:及)?以上");
    private static final Pattern BETWEEN = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)([千万亿]*)元?(?:（含）|\\(含\\))?\\s*[～~至到\\-—－]\\s*(\\d+(?:\\.\\d+)?)([千万亿]*)元(?:（不含）|以下)?");

    private final Map<String, BigDecimal> multipliers;

    SizeClasses(UnitPrefixes prefixes) {
        this.multipliers = prefixes.multipliers();
    }

    /** The size class the last part of {@code scope} names (the part that says which class it is), or {@code null}. */
    SizeClass ofScope(List<String> scope) {
        return scope.isEmpty() ? null : of(scope.get(scope.size() - 1));
    }

    /** The size class {@code part} names, or {@code null}. */
    SizeClass of(String part) {
        Matcher m = BETWEEN.matcher(part);
        if (m.matches()) {
            BigDecimal hiMult = multiplier(m.group(4));
            BigDecimal loMult = m.group(2).isEmpty() ? hiMult : multiplier(m.group(2));
            return new SizeClass(new BigDecimal(m.group(1)).multiply(loMult), new BigDecimal(m.group(3)).multiply(hiMult));
        }
        m = AT_LEAST.matcher(part);
        if (m.matches() && !m.group(2).isEmpty()) {
            BigDecimal n = m.group(1) == null ? BigDecimal.ONE : new BigDecimal(m.group(1));
            return new SizeClass(n.multiply(multiplier(m.group(2))), null);
        }
        return null;
    }

    private BigDecimal multiplier(String prefixes) {
        BigDecimal m = BigDecimal.ONE;
        for (char c : prefixes.toCharArray()) {
            BigDecimal p = multipliers.get(String.valueOf(c));
            if (p != null) {
                m = m.multiply(p);
            }
        }
        return m;
    }
}
