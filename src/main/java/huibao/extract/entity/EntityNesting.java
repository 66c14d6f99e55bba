package huibao.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Settles the names found in one sentence: items of a list of industries cancel what overlaps
 * them, a name inside a longer name is dropped (a firm that heads a project's name is part of it),
 * of two names on the same stretch the stronger evidence wins (a list item over an ending), and of
 * two that cross the one that starts first and runs longer stays.
 */
final class EntityNesting {

    private EntityNesting() {
    }

    /** The names of {@code found} that stand, in reading order. */
    static List<EntityCandidate> settle(List<EntityCandidate> found) {
        List<EntityCandidate> vetoes = new ArrayList<>();
        List<EntityCandidate> names = new ArrayList<>();
        for (EntityCandidate c : found) {
            (c.source() == EntityCandidate.Source.NOT_A_NAME ? vetoes : names).add(c);
        }
        names.removeIf(c -> vetoes.stream().anyMatch(v -> v.overlaps(c)));
        names.sort(Comparator.comparingInt(EntityCandidate::start)
                .thenComparing(Comparator.comparingInt(EntityCandidate::length).reversed())
                .thenComparing(EntityCandidate::source));
        List<EntityCandidate> kept = new ArrayList<>();
        for (EntityCandidate c : names) {
            if (kept.stream().noneMatch(k -> k.overlaps(c))) {
                kept.add(c);
            }
        }
        return kept;
    }
}
