package huibao.catalog;

import huibao.config.Dictionaries;

import java.util.ArrayList;
import java.util.List;

/**
 * The qualifiers of {@code scopes.tsv} that go into a fact's scope (制造业, 市外, 浙商回归), read once
 * for extraction (scope words and their domains), the entity reader (no name is a scope word) and
 * the dataset (area words leave a figure whole).
 */
public final class ScopeCatalog {

    /** The dictionary the catalogue is read from. */
    public static final String FILE = "scopes.tsv";

    /**
     * One scope word.
     *
     * @param word     the word as written ("市外")
     * @param category what sort of qualifier it is ("area", "sector", "program" ...)
     * @param domain   the domain it names ("foreign"), or {@code null}
     * @param scopeAs  what it adds to a fact's scope: the word itself unless the dictionary says otherwise
     */
    public record Scope(String word, String category, String domain, String scopeAs) {
    }

    private final List<Scope> scopes;

    private ScopeCatalog(List<Scope> scopes) {
        this.scopes = List.copyOf(scopes);
    }

    /** Reads {@code scopes.tsv} of {@code dictionaries}. */
    public static ScopeCatalog load(Dictionaries dictionaries) {
        List<Scope> scopes = new ArrayList<>();
        for (Dictionaries.Table.Row row : dictionaries.table(FILE, "word", "category", "domain", "scope_as").rows()) {
            String as = row.get("scope_as").isBlank() ? row.get("word") : row.get("scope_as");
            scopes.add(new Scope(row.get("word"), row.get("category"),
                    row.get("domain").isBlank() ? null : row.get("domain"), as));
        }
        return new ScopeCatalog(scopes);
    }

    /** Every scope word in dictionary order. */
    public List<Scope> all() {
        return scopes;
    }

    /** The words of {@code category} ("area"), in dictionary order. */
    public List<String> words(String category) {
        return scopes.stream().filter(s -> s.category().equals(category)).map(Scope::word).toList();
    }
}
