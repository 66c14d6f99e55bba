package huibao.extract.lexicon;

import huibao.config.Dictionaries;
import huibao.extract.number.Unit;
import huibao.model.Measure;
import huibao.model.UnitKind;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cue words of {@code dictionaries/measures.tsv} that tell a figure's measure: growth and
 * decline before a percent, 占 before a share, 完成 before a completion rate, 居 before a rank,
 * 任务数 after a target.
 */
public final class MeasureCues {

    /**
     * A cue.
     *
     * @param word     the cue as written
     * @param before   whether it stands before the figure (else right after it)
     * @param adjacent whether it counts only right before the figure, 了 aside (增长1.33亿元, but not
     *                 增长…项目3个)
     * @param measure  the measure it tells
     * @param sign     +1 or -1 for changes, 0 otherwise
     * @param kinds    the figure kinds it applies to; empty for all
     * @param requires words one of which must stand earlier in the clause
     */
    public record Cue(String word, boolean before, boolean adjacent, Measure measure, int sign, Set<UnitKind> kinds, List<String> requires) {

        /** Whether the cue may measure a figure of unit kind {@code kind}. */
        public boolean appliesTo(UnitKind kind) {
            return kinds.isEmpty() || (kind != null && kinds.contains(kind));
        }
    }

    private final WordMatcher<List<Cue>> before;
    private final WordMatcher<List<Cue>> after;

    MeasureCues(Dictionaries dictionaries) {
        Map<String, List<Cue>> b = new HashMap<>();
        Map<String, List<Cue>> a = new HashMap<>();
        for (Dictionaries.Table.Row row : dictionaries.table("measures.tsv",
                "cue", "position", "measure", "sign", "units", "requires").rows()) {
            Set<UnitKind> kinds = EnumSet.noneOf(UnitKind.class);
            for (String k : row.get("units").split("\\|")) {
                if (!k.isBlank()) {
                    kinds.add(UnitKind.of(k));
                }
            }
            int sign = switch (row.get("sign")) {
                case "+" -> 1;
                case "-" -> -1;
                case "" -> 0;
                default -> throw row.error("sign must be +, - or empty");
            };
            List<String> requires = row.get("requires").isBlank() ? List.of() : List.of(row.get("requires").split("\\|"));
            String position = row.get("position");
            if (!List.of("before", "after", "adjacent").contains(position)) {
                throw row.error("position must be before, after or adjacent");
            }
            Cue cue = new Cue(row.get("cue"), !"after".equals(position), "adjacent".equals(position), Measure.of(row.get("measure")),
                    sign, kinds, requires);
            (cue.before() ? b : a).computeIfAbsent(cue.word(), k -> new ArrayList<>()).add(cue);
        }
        this.before = new WordMatcher<>(b);
        this.after = new WordMatcher<>(a);
    }

    /** Cue occurrences in a text that stands before a figure. */
    public List<WordMatcher.Match<List<Cue>>> findBefore(CharSequence text) {
        return before.findAll(text);
    }

    /** The cue that starts right at the beginning of {@code text} (the text after a figure), longest first. */
    public List<WordMatcher.Match<List<Cue>>> findAfter(CharSequence text) {
        List<WordMatcher.Match<List<Cue>>> out = new ArrayList<>();
        for (WordMatcher.Match<List<Cue>> m : after.findAll(text)) {
            if (m.start() == 0) {
                out.add(m);
            }
        }
        return out;
    }
}
