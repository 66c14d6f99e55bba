package huibao.extract.attribution;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The scope a fact states, as its parts: in reading order, without repeats or blanks. */
final class ScopeParts {

    private ScopeParts() {
    }

    /** The non-blank {@code parts} in reading order, each once; empty when none is left. */
    static List<String> of(List<String> parts) {
        Set<String> seen = new LinkedHashSet<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                seen.add(p);
            }
        }
        return List.copyOf(seen);
    }
}
