package huibao.extract.lexicon;

import huibao.catalog.Indicator;
import huibao.catalog.IndicatorCatalog;
import huibao.catalog.Role;
import huibao.config.Dictionaries;
import huibao.extract.number.Unit;
import huibao.model.Fact;
import huibao.model.UnitKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The indicators of the catalogue ({@code indicators.tsv}) and a matcher for the words reports use
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

    /**
     * What the words of {@code outside-words.tsv} name: no indicator of the catalogue (进出口, 财政收入).
     * A figure they name is {@code other}; they stand among the terms so that the nearest word wins.
     */
    public static final Indicator OUTSIDE = new Indicator(Fact.OTHER, Fact.OTHER, UnitKind.MONEY, null, Set.of(),
            null, null, false, null, Set.of(), List.of());

    private final IndicatorCatalog catalog;
    private final WordMatcher<List<Sense>> matcher;

    IndicatorLexicon(Dictionaries dictionaries, IndicatorCatalog catalog) {
        this.catalog = catalog;
        Map<String, List<String[]>> classes = new HashMap<>();
        for (Dictionaries.Table.Row row : dictionaries.table("term-classes.tsv", "class", "word", "scope_as").rows()) {
            classes.computeIfAbsent(row.get("class"), k -> new ArrayList<>())
                    .add(new String[] {row.get("word"), row.get("scope_as")});
        }
        Map<String, List<Sense>> terms = new HashMap<>();
        for (Indicator ind : catalog.all()) {
            for (String term : ind.terms()) {
                Matcher m = CLASS.matcher(term);
                if (!m.find()) {
                    add(terms, term, new Sense(ind, null, true));
                    continue;
                }
                List<String[]> words = classes.get(m.group(1));
                if (words == null) {
                    throw new Dictionaries.DictionaryException(IndicatorCatalog.FILE + ": the term " + term + " of "
                            + ind.id() + " names the unknown class {" + m.group(1) + "}");
                }
                for (String[] w : words) {
                    add(terms, term.replace(m.group(0), w[0]), new Sense(ind, w[1].isEmpty() ? null : w[1], false));
                }
            }
        }
        for (String word : dictionaries.table("outside-words.tsv", "word", "about").rows().stream()
                .map(r -> r.get("word")).toList()) {
            if (terms.containsKey(word)) {
                throw new Dictionaries.DictionaryException("outside-words.tsv: " + word + " is also a term of indicators.tsv");
            }
            add(terms, word, new Sense(OUTSIDE, null, true));
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
        return catalog.get(id);
    }

    /** Every indicator of the catalogue, in file order. */
    public List<Indicator> all() {
        return catalog.all();
    }

    /** The indicator that holds {@code role} in {@code indicators.tsv}. */
    public Indicator byRole(Role role) {
        return catalog.byRole(role);
    }

    /**
     * Whether a figure in {@code unit} may state {@code indicator}'s level; any may when it has no unit.
     * (1.2万家 is counted in 家; 1.2万人次 is not counted in 次.)
     */
    public static boolean fitsLevel(Indicator indicator, Unit unit) {
        return unit == null || indicator == OUTSIDE || indicator.fitsLevel(unit.kind(), unit.written());
    }

    /** Every term occurrence in {@code text}. */
    public List<WordMatcher.Match<List<Sense>>> find(CharSequence text) {
        return matcher.findAll(text);
    }
}
