package huibao.extract.attribution;

import huibao.extract.number.Figure;
import huibao.model.Measure;
import java.util.List;

/**
 * What attribution decided about a figure: which indicator it states, how, and of what.
 *
 * @param figure    the figure
 * @param indicator canonical indicator id, "other" when none fits
 * @param measure   the measure
 * @param sign      -1 when a cue (下降, 减少) makes the figure a decline, else +1
 * @param scope     the qualifiers in reading order, each once; empty when none (writers join them)
 * @param versus    what a rank, change, completion or target compares with, or {@code null}
 * @param project   the named project a per-project amount belongs to, or {@code null}
 */
public record Attribution(Figure figure, String indicator, Measure measure, int sign, List<String> scope,
                          String versus, String project) {

    /** Holds {@code scope} as an unmodifiable copy. */
    public Attribution {
        scope = List.copyOf(scope);
    }
}
