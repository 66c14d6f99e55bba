package huibao.extract.lexicon;

import huibao.config.Dictionaries;
import huibao.extract.number.Unit;
import huibao.model.BaseUnit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The indicators of {@code dictionaries/indicators.tsv} and a matcher for the words reports use
 * for them. Terms naming a class ({@code 实际使用{foreign}资}) are expanded once at load time,
 * so that matching stays a single dictionary pass.
 */
public final class IndicatorLexicon {

    /**
     * One meaning of a term: the indicator, and the scope the term itself contributes.
     *
     * @param indicator the indicator
     * @param scope     the class word's scope ("日韩"), or {@code null}
     * @param explicit  whether the term was written out, not expanded from a class
     */
    public record Sense(Indicator indicator, String scope, boolean explicit) {
    }

    private static final Pattern CLASS = Pattern.compile("\\{(\\w+)}");

    private final Map<String, Indicator> indicators = new LinkedHashMap<>();
    private final WordMatcher<List<Sense>> matcher;

    IndicatorLexicon(Dictionaries dictionaries) {
        Map<String, List<String[]>> classes = new HashMap<>();
        for (Dictionaries.Table.Row row : dictionaries.table("term-classes.tsv", "class", "word", "scope_as").rows()) {
            classes.computeIfAbsent(row.get("class"), k -> new ArrayList<>())
                    .add(new String[] {row.get("word"), row.get("scope_as")});
        }
        Map<String, List<Sense>> terms = new HashMap<>();
        Dictionaries.Table table = dictionaries.table("indicators.tsv",
                "id", "label", "kind", "currency", "units", "investment", "stage", "breakdowns", "terms");
        for (Dictionaries.Table.Row row : table.rows()) {
            Indicator ind;
            try {
                ind = new Indicator(row.get("id"), row.get("label"), Unit.Kind.of(row.get("kind")),
                        row.get("currency").isEmpty() ? null : BaseUnit.of(row.get("currency")),
                        Set.of(split(row.get("units"))), emptyToNull(row.get("investment")), emptyToNull(row.get("stage")),
                        "keep".equals(row.get("breakdowns")));
            } catch (IllegalArgumentException e) {
                throw row.error("bad indicator: " + e.getMessage());
            }
            indicators.put(ind.id(), ind);
            for (String term : split(row.get("terms"))) {
                Matcher m = CLASS.matcher(term);
                if (!m.find()) {
                    add(terms, term, new Sense(ind, null, true));
                    continue;
                }
                List<String[]> words = classes.get(m.group(1));
                if (words == null) {
                    throw row.error("term " + term + " names the unknown class {" + m.group(1) + "}");
                }
                for (String[] w : words) {
                    add(terms, term.replace(m.group(0), w[0]), new Sense(ind, w[1].isEmpty() ? null : w[1], false));
                }
            }
        }
        for (Indicator ind : indicators.values()) {
            if (ind.investment() != null && !indicators.containsKey(ind.investment())) {
                throw new Dictionaries.DictionaryException(table.source() + ": " + ind.id()
                        + " names the unknown investment indicator " + ind.investment());
            }
        }
        this.matcher = new WordMatcher<>(terms);
    }

    private static void add(Map<String, List<Sense>> terms, String word, Sense sense) {
        List<Sense> senses = terms.computeIfAbsent(word, k -> new ArrayList<>());
        // a written-out term wins over the same word expanded from a class
        if (senses.stream().noneMatch(s -> s.indicator().equals(sense.indicator()))) {
            senses.add(sense);
        }
    }

    /** The indicator with this id, or {@code null}. */
    public Indicator get(String id) {
        return indicators.get(id);
    }

    /** All indicators in dictionary order. */
    List<Indicator> all() {
        return List.copyOf(indicators.values());
    }

    /** Every term occurrence in {@code text}. */
    public List<WordMatcher.Match<List<Sense>>> find(CharSequence text) {
        return matcher.findAll(text);
    }

    private static String[] split(String cell) {
        return cell.isBlank() ? new String[0] : cell.split("\\|");
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
