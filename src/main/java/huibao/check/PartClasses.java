package huibao.check;

import huibao.model.Fact;
import huibao.model.SizeClass;

import java.util.List;

/**
 * Tells whether the 其中 parts of a total count things apart, so that they may be added up: size
 * classes that do not overlap (5000万～1亿元 and 亿元以上) or sectors neither of which lies inside
 * the other (制造业 and 服务业). Anything else (亿元以上 beside 10亿元以上, 制造业 beside 高技术产业,
 * a part without a class) may overlap and is never summed.
 */
final class PartClasses {

    private final CheckWords words;

    PartClasses(CheckWords words) {
        this.words = words;
    }

    /** Whether every two of {@code parts} count things apart. */
    boolean disjoint(List<Fact> parts) {
        for (int i = 0; i < parts.size(); i++) {
            for (int j = i + 1; j < parts.size(); j++) {
                if (!apart(parts.get(i), parts.get(j))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether {@code a} and {@code b} count things apart (制造业 and 服务业). */
    boolean apart(Fact a, Fact b) {
        if (a.scope().isEmpty() || b.scope().isEmpty() || a.scope().equals(b.scope())) {
            return false;
        }
        String ca = classPart(a.scope());
        String cb = classPart(b.scope());
        SizeClass sa = a.clause() == null ? null : a.clause().scopeSize();
        SizeClass sb = b.clause() == null ? null : b.clause().scopeSize();
        if (sa != null && sb != null) {
            return sa.apart(sb);
        }
        if (words.isSector(ca) && words.isSector(cb)) {
            return !words.sectorWithin(ca, cb) && !words.sectorWithin(cb, ca);
        }
        return false;
    }

    /** The one part of a scope that says which class it is, the last; the others must be shared. */
    private static String classPart(List<String> scope) {
        return scope.get(scope.size() - 1);
    }
}
