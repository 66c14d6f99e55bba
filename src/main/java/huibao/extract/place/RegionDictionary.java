package huibao.extract.place;

import huibao.config.Dictionaries;
import huibao.model.Region;
import huibao.model.RegionLevel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashMap;

/**
 * The division table in memory: regions.tsv plus the analyst's regions-*.tsv, indexed by code,
 * by parent and by every surface form a report may write.
 */
final class RegionDictionary {

    static final String[] COLUMNS = {"code", "name", "level", "parent_code", "short_names", "status",
            "successor_codes"};

    /**
     * Every division a written form may stand for. Full current names come before former names,
     * and both before short forms: 巢湖市 is the current county-level city, not the former
     * prefecture, and 莱芜 is 莱芜区, not the former 莱芜市.
     *
     * @param text       the form itself
     * @param form       how the text writes it
     * @param fullName   whether the form is a full official name (current or former)
     * @param candidates the current divisions it stands for
     */
    record Entry(String text, PlaceMention.Form form, boolean fullName, List<Region> candidates) {
    }

    private final Map<String, Region> byCode;
    private final Map<String, List<Region>> children;
    private final Map<String, Entry> forms;

    private RegionDictionary(Map<String, Region> byCode, Map<String, List<Region>> children,
                             Map<String, Entry> forms) {
        this.byCode = byCode;
        this.children = children;
        this.forms = forms;
    }

    /** Reads {@code tables} in order; a later row with the same code and status replaces an earlier one. */
    static RegionDictionary load(Dictionaries dictionaries, Collection<String> tables) {
        Map<String, RegionRecord> records = new LinkedHashMap<>();
        for (String table : tables) {
            for (Dictionaries.Table.Row row : dictionaries.table(table, COLUMNS).rows()) {
                RegionRecord r = parse(row);
                records.put(r.region().code() + "/" + r.region().name() + "/" + (r.isCurrent() ? "" : r.status()), r);
            }
        }
        Map<String, Region> byCode = new LinkedHashMap<>();
        Map<String, List<Region>> children = new LinkedHashMap<>();
        for (RegionRecord r : records.values()) {
            if (r.isCurrent()) {
                byCode.put(r.region().code(), r.region());
            }
        }
        for (Region r : byCode.values()) {
            if (r.parentCode() != null) {
                children.computeIfAbsent(r.parentCode(), k -> new ArrayList<>()).add(r);
            }
        }
        // tier 0: current full names, 1: former full names, 2: current short forms, 3: former short forms
        Map<String, List<Region>[]> tiers = new HashMap<>(records.size() * 4);
        for (RegionRecord r : records.values()) {
            List<Region> stands = r.isCurrent() ? List.of(r.region()) : successors(r, byCode);
            int base = r.isCurrent() ? 0 : 1;
            add(tiers, r.region().name(), base, stands);
            for (String s : r.shortNames()) {
                add(tiers, s, base + 2, stands);
            }
        }
        Map<String, Entry> forms = new HashMap<>(tiers.size() * 2);
        tiers.forEach((form, byTier) -> {
            int tier = 0;
            while (byTier[tier] == null) {
                tier++;
            }
            PlaceMention.Form kind = switch (tier) {
                case 0 -> PlaceMention.Form.FULL_NAME;
                case 2 -> PlaceMention.Form.SHORT_NAME;
                default -> PlaceMention.Form.FORMER_NAME;
            };
            forms.put(form, new Entry(form, kind, tier < 2, List.copyOf(byTier[tier])));
        });
        return new RegionDictionary(byCode, children, forms);
    }

    @SuppressWarnings("unchecked")
    private static void add(Map<String, List<Region>[]> tiers, String form, int tier, List<Region> regions) {
        if (form.length() < 2 || regions.isEmpty()) {
            return;
        }
        List<Region>[] byTier = tiers.computeIfAbsent(form, k -> (List<Region>[]) new List<?>[4]);
        if (byTier[tier] == null) {
            byTier[tier] = new ArrayList<>(1);
        }
        for (Region r : regions) {
            if (!byTier[tier].contains(r)) {
                byTier[tier].add(r);
            }
        }
    }

    private static List<Region> successors(RegionRecord r, Map<String, Region> byCode) {
        List<Region> out = new ArrayList<>();
        for (String code : r.successors()) {
            Region s = byCode.get(code);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    private static RegionRecord parse(Dictionaries.Table.Row row) {
        String code = row.get("code");
        String status = row.get("status").isEmpty() ? "active" : row.get("status");
        if (!List.of("active", "stat_zone", "abolished", "changed").contains(status)) {
            throw row.error("unknown status '" + status + "' (expected active, stat_zone, abolished or changed)");
        }
        RegionLevel level;
        try {
            level = RegionLevel.of(row.get("level"));
        } catch (IllegalArgumentException e) {
            throw row.error("unknown level '" + row.get("level") + "' (expected province, city or county)");
        }
        Region region;
        try {
            String parent = row.get("parent_code");
            region = new Region(code, row.get("name"), level, parent.isEmpty() ? null : parent);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw row.error(e.getMessage());
        }
        if (row.get("name").isEmpty()) {
            throw row.error("a division needs a name");
        }
        return new RegionRecord(region, split(row.get("short_names")), status, split(row.get("successor_codes")));
    }

    private static List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        for (String s : cell.split("\\|")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return out;
    }

    Region byCode(String code) {
        return byCode.get(code);
    }

    List<Region> children(String code) {
        return children.getOrDefault(code, List.of());
    }

    Entry entry(String form) {
        return forms.get(form);
    }

    /** Every surface form with its entry, for building the matcher. */
    Map<String, Entry> forms() {
        return forms;
    }

    Collection<Region> all() {
        return byCode.values();
    }

    int size() {
        return byCode.size();
    }
}
