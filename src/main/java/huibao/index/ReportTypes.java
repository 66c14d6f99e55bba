package huibao.index;

import huibao.config.Dictionaries;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells a report's kinds (汇报, 总结, 通报, 简报, 计划 ...) from the words of its title, as
 * {@code report-types.tsv} lists them. A title holds every type whose word it contains; a fallback
 * type (情况) counts only when no other does, so 工作情况汇报 is a 汇报 and 工作情况 a 情况.
 */
final class ReportTypes {

    /** The dictionary the types are read from. */
    static final String DICTIONARY = "report-types.tsv";

    private record Type(String name, List<String> words, boolean fallback) {
    }

    private final List<Type> types;

    private ReportTypes(List<Type> types) {
        this.types = List.copyOf(types);
    }

    /**
     * Reads {@value #DICTIONARY}.
     *
     * @throws Dictionaries.DictionaryException when the file is malformed: a row without words, a
     *                                          fallback other than yes or empty
     */
    static ReportTypes load(Dictionaries dictionaries) {
        List<Type> types = new ArrayList<>();
        for (Dictionaries.Table.Row row : dictionaries.table(DICTIONARY, "type", "words", "fallback").rows()) {
            String name = row.get("type");
            List<String> words = List.of(row.get("words").split("\\|")).stream()
                    .map(String::strip).filter(w -> !w.isEmpty()).toList();
            if (name.isEmpty() || words.isEmpty()) {
                throw row.error("a report type needs a name and at least one word");
            }
            String fallback = row.get("fallback");
            if (!fallback.isEmpty() && !fallback.equals("yes")) {
                throw row.error("fallback is 'yes' or empty, not '" + fallback + "'");
            }
            types.add(new Type(name, words, fallback.equals("yes")));
        }
        return new ReportTypes(types);
    }

    /** The types of a report titled {@code title}, in dictionary order; none for a {@code null} title. */
    List<String> of(String title) {
        if (title == null || title.isBlank()) {
            return List.of();
        }
        Set<String> found = new LinkedHashSet<>();
        for (Type t : types) {
            if (!t.fallback() && t.words().stream().anyMatch(title::contains)) {
                found.add(t.name());
            }
        }
        if (found.isEmpty()) {
            for (Type t : types) {
                if (t.fallback() && t.words().stream().anyMatch(title::contains)) {
                    found.add(t.name());
                }
            }
        }
        return List.copyOf(found);
    }

    /** Whether {@code name} is one of the types. */
    boolean knows(String name) {
        return types.stream().anyMatch(t -> t.name().equals(name));
    }

    /**
     * Refuses a search filtered on a type that is none of these, naming the types there are.
     *
     * @throws IllegalArgumentException when {@code name} is not {@code null} and not a type
     */
    void requireKnown(String name) {
        if (name != null && !knows(name)) {
            throw new IllegalArgumentException("there is no report type " + name + "; the types are "
                    + String.join(" ", names()));
        }
    }

    /** The type names, in dictionary order. */
    List<String> names() {
        return types.stream().map(Type::name).distinct().toList();
    }
}
