package huibao.extract.attribution;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The scope a fact states, as text: parts joined in reading order. */
final class ScopeText {

    private ScopeText() {
    }

    /** Joins scope parts in reading order, without repeats. */
    static String join(List<String> parts) {
        Set<String> seen = new LinkedHashSet<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                seen.add(p);
            }
        }
        return seen.isEmpty() ? null : String.join("; ", seen);
    }
}
