package huibao.catalog;

import huibao.config.Dictionaries;
import huibao.model.BaseUnit;
import huibao.model.UnitKind;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The indicators of {@code indicators.tsv}, read once: each typed row, its label, and the
 * indicator that holds each {@link Role}. A file that gives a role to no indicator or to two,
 * names an unknown role, kind, currency, domain or investment indicator, or lists an id twice is
 * refused at load with a {@link Dictionaries.DictionaryException} naming the file (and the line).
 */
public final class IndicatorCatalog {

    /** The dictionary the catalogue is read from. */
    public static final String FILE = "indicators.tsv";

    private final Map<String, Indicator> byId;
    private final Map<Role, Indicator> byRole;

    private IndicatorCatalog(Map<String, Indicator> byId, Map<Role, Indicator> byRole) {
        this.byId = byId;
        this.byRole = byRole;
    }

    /** Reads {@code indicators.tsv} of {@code dictionaries}. */
    public static IndicatorCatalog load(Dictionaries dictionaries) {
        Dictionaries.Table table = dictionaries.table(FILE, "id", "label", "kind", "currency", "units", "investment",
                "stage", "breakdowns", "domain", "roles", "terms");
        Map<String, Indicator> byId = new LinkedHashMap<>();
        Map<Role, Indicator> byRole = new EnumMap<>(Role.class);
        for (Dictionaries.Table.Row row : table.rows()) {
            Indicator ind = read(row);
            if (byId.putIfAbsent(ind.id(), ind) != null) {
                throw row.error("the indicator " + ind.id() + " is listed twice");
            }
            for (Role role : ind.roles()) {
                Indicator before = byRole.putIfAbsent(role, ind);
                if (before != null) {
                    throw row.error("the role " + role.id() + " is given to both " + before.id() + " and " + ind.id());
                }
            }
        }
        for (Indicator ind : byId.values()) {
            if (ind.investment() != null && !byId.containsKey(ind.investment())) {
                throw new Dictionaries.DictionaryException(table.source() + ": " + ind.id()
                        + " names the unknown investment indicator " + ind.investment());
            }
        }
        List<String> missing = new ArrayList<>();
        for (Role role : Role.values()) {
            if (!byRole.containsKey(role)) {
                missing.add(role.id());
            }
        }
        if (!missing.isEmpty()) {
            throw new Dictionaries.DictionaryException(table.source() + ": no indicator has the role "
                    + String.join(", ", missing) + " (each role of the roles column must be given to one indicator)");
        }
        Indicator projects = byRole.get(Role.PROJECT_COUNT);
        if (projects.investment() == null) {
            throw new Dictionaries.DictionaryException(table.source() + ": " + projects.id() + " has the role "
                    + Role.PROJECT_COUNT.id() + " but names no investment indicator (a table's default investment column)");
        }
        return new IndicatorCatalog(byId, byRole);
    }

    private static Indicator read(Dictionaries.Table.Row row) {
        try {
            String domain = emptyToNull(row.get("domain"));
            if (domain != null && !domain.equals(Indicator.FOREIGN) && !domain.equals(Indicator.DOMESTIC)) {
                throw new IllegalArgumentException("domain must be foreign, domestic or empty, not '" + domain + "'");
            }
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (String r : split(row.get("roles"))) {
                if (!roles.add(Role.of(r))) {
                    throw new IllegalArgumentException("the role " + r + " is written twice");
                }
            }
            return new Indicator(row.get("id"), row.get("label"), UnitKind.of(row.get("kind")),
                    row.get("currency").isEmpty() ? null : BaseUnit.of(row.get("currency")),
                    Set.copyOf(split(row.get("units"))), emptyToNull(row.get("investment")), emptyToNull(row.get("stage")),
                    "keep".equals(row.get("breakdowns")), domain, roles, split(row.get("terms")));
        } catch (IllegalArgumentException e) {
            throw row.error("bad indicator: " + e.getMessage());
        }
    }

    /** The indicator with this id, or {@code null}. */
    public Indicator get(String id) {
        return byId.get(id);
    }

    /** The indicator that holds {@code role}; every role has one. */
    public Indicator byRole(Role role) {
        return byRole.get(role);
    }

    /** All indicators in dictionary order. */
    public List<Indicator> all() {
        return List.copyOf(byId.values());
    }

    /** Whether {@code id} is an indicator of the catalogue. */
    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** The heading of {@code id} (实际使用外资), or {@code null} when it is no indicator of the catalogue. */
    public String label(String id) {
        Indicator ind = byId.get(id);
        return ind == null ? null : ind.label();
    }

    private static List<String> split(String cell) {
        return cell.isBlank() ? List.of() : List.of(cell.split("\\|"));
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
