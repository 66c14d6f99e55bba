package huibao.dataset;

import huibao.config.Dictionaries;
import huibao.model.BaseUnit;
import huibao.model.Fact;
import huibao.model.Measure;
import huibao.model.Report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the comparable table from the archive's reports and facts: for each report and chosen
 * indicator, the fact stating the indicator's level for the whole reporting region (no scope),
 * or failing that a narrower one, flagged. Rows follow the administrative order (a city before
 * its districts, by code), reports of unresolved regions last.
 */
public final class DatasetBuilder {

    /** The indicators a table shows unless told otherwise. */
    public static final List<String> MAIN_INDICATORS = List.of("fdi_actual", "fdi_contracted", "fdi_enterprises_new",
            "domestic_capital_actual", "projects_signed", "projects_signed_investment", "projects_started",
            "projects_completed", "fixed_asset_investment");

    private final Map<String, String> labels = new HashMap<>();
    private final java.util.Set<String> areaWords = new java.util.HashSet<>();

    /** Reads indicator labels from {@code indicators.tsv} and area qualifiers from {@code scopes.tsv}. */
    public DatasetBuilder(Dictionaries dictionaries) {
        for (Dictionaries.Table.Row row : dictionaries.table("indicators.tsv", "id", "label").rows()) {
            labels.put(row.get("id"), row.get("label"));
        }
        for (Dictionaries.Table.Row row : dictionaries.table("scopes.tsv", "word", "category").rows()) {
            if ("area".equals(row.get("category"))) {
                areaWords.add(row.get("word"));
            }
        }
    }

    /** Whether a scope only says where money comes from (市外, 省外), which the indicator already implies. */
    private boolean wholeRegion(Fact f) {
        if (f.scope() == null) {
            return true;
        }
        for (String part : f.scope().split("; ")) {
            if (!areaWords.contains(part)) {
                return false;
            }
        }
        return true;
    }

    /** The table of {@code indicators} (measure value) over {@code reports}. */
    public Table build(List<Report> reports, List<Fact> facts, List<String> indicators, Measure measure) {
        for (String id : indicators) {
            if (!labels.containsKey(id)) {
                throw new IllegalArgumentException("unknown indicator '" + id + "'; known: " + labels.keySet());
            }
        }
        Map<String, List<Fact>> byDoc = new HashMap<>();
        for (Fact f : facts) {
            if (f.measure() == measure) {
                byDoc.computeIfAbsent(f.doc(), k -> new ArrayList<>()).add(f);
            }
        }
        List<Report> ordered = new ArrayList<>(reports);
        ordered.sort(Comparator.comparing((Report r) -> r.regionCode() == null ? "999999" : r.regionCode())
                .thenComparing(r -> r.period().normalized()).thenComparing(Report::doc));
        Map<String, BaseUnit> unitOf = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        for (Report r : ordered) {
            Map<String, Cell> cells = new HashMap<>();
            for (String id : indicators) {
                List<Fact> stated = byDoc.getOrDefault(r.doc(), List.of()).stream().filter(f -> f.indicator().equals(id)).toList();
                Cell cell = choose(stated);
                if (cell != null) {
                    cells.put(id, cell);
                    unitOf.putIfAbsent(id, cell.fact().baseUnit());
                }
            }
            rows.add(new Row(r, cells));
        }
        List<Column> columns = new ArrayList<>();
        for (String id : indicators) {
            BaseUnit base = unitOf.getOrDefault(id, BaseUnit.COUNT);
            columns.add(new Column(id, labels.get(id), measure, DisplayUnit.of(base)));
        }
        return new Table(columns, rows);
    }

    /** The fact for a cell: the first stated for the whole region, else the first at all, flagged. */
    private Cell choose(List<Fact> stated) {
        if (stated.isEmpty()) {
            return null;
        }
        Fact chosen = stated.stream().filter(this::wholeRegion).findFirst().orElse(stated.get(0));
        List<String> flags = new ArrayList<>();
        if (!wholeRegion(chosen)) {
            flags.add("scope: " + chosen.scope());
        }
        if (chosen.approx()) {
            flags.add("approx");
        }
        if (chosen.redacted()) {
            flags.add("redacted");
        }
        long others = stated.stream().filter(f -> f != chosen && wholeRegion(f) && f.baseValue() != null
                && chosen.baseValue() != null && f.baseValue().compareTo(chosen.baseValue()) != 0).count();
        if (others > 0) {
            flags.add((others + 1) + " values stated");
        }
        return new Cell(chosen, flags);
    }
}
