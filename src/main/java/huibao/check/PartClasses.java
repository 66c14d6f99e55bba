package huibao.check;

import huibao.model.Fact;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether the 其中 parts of a total count things apart, so that they may be added up: size
 * classes that do not overlap (5000万～1亿元 and 亿元以上) or sectors neither of which lies inside
 * the other (制造业 and 服务业). Anything else (亿元以上 beside 10亿元以上, 制造业 beside 高技术产业,
 * a part without a class) may overlap and is never summed.
 */
final class PartClasses {

    private static final Pattern AT_LEAST = Pattern.compile(
            "(?:过|超)?(\\d+(?:\\.\\d+)?)?([千万亿]*)元?(?:（含）|\\(含\\))?(?:及)?以上");
    private static final Pattern BETWEEN = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)([千万亿]*)元?(?:（含）|\\(含\\))?\\s*[～~至到\\-—－]\\s*(\\d+(?:\\.\\d+)?)([千万亿]*)元(?:（不含）|以下)?");

    /** A class of size: from {@code lo} (inclusive) to {@code hi} (exclusive, {@code null} for no bound). */
    record Size(BigDecimal lo, BigDecimal hi) {
        boolean apart(Size o) {
            return hi != null && hi.compareTo(o.lo) <= 0 || o.hi != null && o.hi.compareTo(lo) <= 0;
        }
    }

    private final CheckWords words;

    PartClasses(CheckWords words) {
        this.words = words;
    }

    /** Whether every two of {@code parts} count things apart. */
    boolean disjoint(List<Fact> parts) {
        for (int i = 0; i < parts.size(); i++) {
            for (int j = i + 1; j < parts.size(); j++) {
                if (!apart(parts.get(i).scope(), parts.get(j).scope())) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean apart(String a, String b) {
        if (a == null || b == null || a.equals(b)) {
            return false;
        }
        String ca = classPart(a);
        String cb = classPart(b);
        if (ca == null || cb == null) {
            return false;
        }
        Size sa = size(ca);
        Size sb = size(cb);
        if (sa != null && sb != null) {
            return sa.apart(sb);
        }
        if (words.isSector(ca) && words.isSector(cb)) {
            return !words.sectorWithin(ca, cb) && !words.sectorWithin(cb, ca);
        }
        return false;
    }

    /** The one part of a scope that says which class it is, the last; the others must be shared. */
    private static String classPart(String scope) {
        String[] parts = scope.split("; ");
        return parts[parts.length - 1];
    }

    /** The size class a scope part names, or {@code null}. */
    Size size(String part) {
        Matcher m = BETWEEN.matcher(part);
        if (m.matches()) {
            BigDecimal hiMult = multiplier(m.group(4));
            BigDecimal loMult = m.group(2).isEmpty() ? hiMult : multiplier(m.group(2));
            return new Size(new BigDecimal(m.group(1)).multiply(loMult), new BigDecimal(m.group(3)).multiply(hiMult));
        }
        m = AT_LEAST.matcher(part);
        if (m.matches() && !m.group(2).isEmpty()) {
            BigDecimal n = m.group(1) == null ? BigDecimal.ONE : new BigDecimal(m.group(1));
            return new Size(n.multiply(multiplier(m.group(2))), null);
        }
        return null;
    }

    private BigDecimal multiplier(String prefixes) {
        BigDecimal m = BigDecimal.ONE;
        for (char c : prefixes.toCharArray()) {
            BigDecimal p = words.multipliers.get(String.valueOf(c));
            if (p != null) {
                m = m.multiply(p);
            }
        }
        return m;
    }
}
