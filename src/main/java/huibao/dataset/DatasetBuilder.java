package huibao.dataset;

import huibao.catalog.Catalogs;
import huibao.catalog.Indicator;
import huibao.model.BaseUnit;
import huibao.model.Fact;
import huibao.model.Measure;
import huibao.model.Report;
import huibao.model.ReportExtraction;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the comparable table from reports and their facts. A row is one region in one report
 * period (reports of a masked or unnamed region keep a row each); a cell is the fact that states
 * the column's indicator and measure for the row's whole region. Cells that do not compare with
 * their column (another period, currency or scope, a hedged or masked figure, two values stated)
 * are flagged, never silently mixed, and only comparable cells enter a column's totals.
 */
public final class DatasetBuilder {

    private final Map<String, String> labels = new HashMap<>();
    private final Map<String, Indicator> indicators = new HashMap<>();
    private final HeadlineFacts headlines;

    /** Takes indicator labels and area qualifiers from {@code catalogs}. */
    public DatasetBuilder(Catalogs catalogs) {
        for (Indicator ind : catalogs.indicators().all()) {
            labels.put(ind.id(), ind.label());
            indicators.put(ind.id(), ind);
        }
        this.headlines = new HeadlineFacts(catalogs.scopes());
    }

    /** The report of {@code reports} that holds {@code f}, or {@code null}. */
    private static Report holder(List<Report> reports, Fact f) {
        return reports.stream().filter(r -> r.doc().equals(f.doc()) && r.range().contains(f.span())).findFirst().orElse(null);
    }

    /** The table {@code request} asks for over {@code reports} and their {@code facts}. */
    public Table build(List<Report> reports, List<Fact> facts, DatasetRequest request) {
        return build(reports, facts.stream().collect(Collectors.groupingBy(Fact::doc, LinkedHashMap::new,
                Collectors.toList()))::get, request);
    }

    /**
     * The table {@code request} asks for over reports whose facts are already grouped: a view that
     * keeps them so answers each filtered table without going over every fact of the archive.
     */
    public Table build(List<ReportExtraction> extractions, DatasetRequest request) {
        Map<String, List<Fact>> byDoc = new HashMap<>();
        extractions.forEach(x -> byDoc.put(x.report().doc(), x.facts()));
        return build(extractions.stream().map(ReportExtraction::report).toList(), byDoc::get, request);
    }

    private Table build(List<Report> reports, Function<String, List<Fact>> factsOf, DatasetRequest request) {
        for (DatasetRequest.Wanted w : request.columns()) {
            if (!labels.containsKey(w.indicator())) {
                throw new IllegalArgumentException("unknown indicator '" + w.indicator() + "'; known: "
                        + String.join(", ", labels.keySet().stream().sorted().toList()));
            }
        }
        Function<String, List<Fact>> byDoc = doc -> {
            List<Fact> facts = factsOf.apply(doc);
            return facts == null ? List.of() : facts;
        };
        List<RowDraft> drafts = RowDraft.rows(reports, request);
        // keyed by the draft itself: each is one row, and its key would be built again per lookup
        Map<RowDraft, Map<String, Fact>> chosen = new IdentityHashMap<>();
        Map<RowDraft, Map<String, List<Fact>>> differing = new IdentityHashMap<>();
        for (RowDraft d : drafts) {
            for (DatasetRequest.Wanted w : request.columns()) {
                choose(d, w, byDoc, chosen, differing);
            }
        }
        List<Column> columns = new ArrayList<>();
        Map<String, String> scopes = new HashMap<>();
        for (DatasetRequest.Wanted w : request.columns()) {
            String key = Column.key(w.indicator(), w.measure());
            List<Fact> inColumn = drafts.stream().map(d -> chosen.getOrDefault(d, Map.of()).get(key))
                    .filter(Objects::nonNull).toList();
            BaseUnit unit = majority(inColumn, Fact::baseUnit);
            PeriodSpan span = majority(inColumn.stream().map(Fact::period).filter(Objects::nonNull)
                    .map(PeriodSpan::of).toList(), Function.identity());
            columns.add(new Column(w.indicator(), labels.get(w.indicator()), w.measure(),
                    DisplayUnit.of(unit == null ? defaultUnit(indicators.get(w.indicator()), w.measure()) : unit), span == null ? null : span.period()));
            scopes.put(key, majority(inColumn, f -> String.join("; ", f.scope())));
        }
        List<Row> rows = new ArrayList<>();
        for (RowDraft d : drafts) {
            Map<String, Cell> cells = new HashMap<>();
            for (Column c : columns) {
                Fact f = chosen.getOrDefault(d, Map.of()).get(c.key());
                if (f != null) {
                    cells.put(c.key(), cell(c, f, differing.get(d).get(c.key()), scopes.get(c.key())));
                }
            }
            rows.add(new Row(d.region, d.label, d.period, d.reports, cells));
        }
        return new Table(columns, rows, summaries(columns, rows));
    }

    /**
     * Chooses the fact of row {@code d}'s cell for {@code w} into {@code chosen}, and into
     * {@code differing} the facts that state the cell otherwise.
     */
    private void choose(RowDraft d, DatasetRequest.Wanted w, Function<String, List<Fact>> byDoc,
                        Map<RowDraft, Map<String, Fact>> chosen, Map<RowDraft, Map<String, List<Fact>>> differing) {
        List<Fact> stated = new ArrayList<>();
        for (Report r : d.reports) {
            stated.addAll(headlines.of(r, byDoc.apply(r.doc()), w.indicator(), w.measure()));
        }
        if (stated.isEmpty()) {
            return;
        }
        Fact first = stated.stream().filter(f -> !f.redacted()).findFirst().orElse(stated.get(0));
        chosen.computeIfAbsent(d, k -> new HashMap<>()).put(Column.key(w.indicator(), w.measure()), first);
        // within one report only figures stated for the whole region in so many words can
        // disagree; another report of the row disagrees when its own choice for the cell does
        List<Fact> others = new ArrayList<>();
        for (Report r : d.reports) {
            if (!r.doc().equals(first.doc())) {
                stated.stream().filter(f -> f.doc().equals(r.doc()) && !f.redacted()).findFirst()
                        .filter(f -> !first.redacted() && !sameValue(f, first)).ifPresent(others::add);
                continue;
            }
            List<Fact> all = byDoc.apply(r.doc());
            for (Fact f : stated) {
                if (f.doc().equals(r.doc()) && f != first && !f.redacted() && !first.redacted()
                        && !sameValue(f, first) && headlines.firm(f, r, all)
                        && headlines.firm(first, holder(d.reports, first), byDoc.apply(first.doc()))) {
                    others.add(f);
                }
            }
        }
        differing.computeIfAbsent(d, k -> new HashMap<>()).put(Column.key(w.indicator(), w.measure()), others);
    }

    private static boolean sameValue(Fact a, Fact b) {
        return a.baseUnit() == b.baseUnit() && a.baseValue() != null && b.baseValue() != null
                && a.baseValue().compareTo(b.baseValue()) == 0;
    }

    /** The unit of a column no fact states: a level's follows the indicator's kind (实际使用外资 in its currency). */
    private static BaseUnit defaultUnit(Indicator ind, Measure m) {
        return switch (m) {
            case VALUE, YOY_ABS, TARGET -> levelUnit(ind);
            case PP_CHANGE -> BaseUnit.PP;
            case RANK -> BaseUnit.RANK;
            default -> BaseUnit.PERCENT;
        };
    }

    private static BaseUnit levelUnit(Indicator ind) {
        return switch (ind.kind()) {
            case MONEY -> ind.currency() == null ? BaseUnit.CNY : ind.currency();
            case PERCENT -> BaseUnit.PERCENT;
            case PP -> BaseUnit.PP;
            case RANK -> BaseUnit.RANK;
            case AREA -> BaseUnit.MU;
            default -> BaseUnit.COUNT;
        };
    }

    private static Cell cell(Column c, Fact f, List<Fact> others, String columnScope) {
        List<CellFlag> flags = new ArrayList<>();
        DisplayUnit unit = c.unit();
        if (f.baseUnit() != unit.base()) {
            unit = DisplayUnit.of(f.baseUnit()); // never converted: the cell keeps its own currency
            flags.add(new CellFlag(CellFlag.Kind.CURRENCY, f.baseUnit().id()));
        }
        if (c.period() != null && f.period() != null && !f.period().sameSpanAs(c.period())) {
            flags.add(new CellFlag(CellFlag.Kind.PERIOD, f.period().normalized()));
        }
        String scope = String.join("; ", f.scope());
        if (!scope.equals(columnScope)) {
            // 省外 next to 市外: both leave the region whole, but they count different money
            flags.add(new CellFlag(CellFlag.Kind.SCOPE, scope.isEmpty() ? "未限定" : scope));
        }
        if (f.approx() || f.isRange()) {
            flags.add(new CellFlag(CellFlag.Kind.APPROX, f.text()));
        }
        if (f.redacted()) {
            flags.add(new CellFlag(CellFlag.Kind.REDACTED, f.text().strip().isEmpty() ? "空白" : f.text()));
        }
        if (!others.isEmpty()) {
            flags.add(new CellFlag(CellFlag.Kind.DIFFERING,
                    String.join("、", others.stream().map(Fact::text).toList())));
        }
        return new Cell(f, unit, flags, others);
    }

    /** The most frequent key, the first seen on a tie; {@code null} for no items. */
    private static <T, K> K majority(List<T> items, Function<T, K> key) {
        Map<K, Integer> counts = new LinkedHashMap<>();
        for (T t : items) {
            counts.merge(key.apply(t), 1, Integer::sum);
        }
        K best = null;
        int most = 0;
        for (Map.Entry<K, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    /**
     * Totals per column over the largest set of sibling regions (the districts and counties of
     * one city), comparable cells only: a city's own row never adds to its districts'.
     */
    private static Map<String, ColumnSummary> summaries(List<Column> columns, List<Row> rows) {
        Map<String, List<Row>> siblings = new LinkedHashMap<>();
        for (Row r : rows) {
            if (r.region() != null && r.region().parentCode() != null) {
                siblings.computeIfAbsent(r.region().parentCode() + "|" + r.period().normalized(), k -> new ArrayList<>()).add(r);
            }
        }
        List<Row> group = siblings.values().stream().max(Comparator.comparingInt(List::size)).orElse(List.of());
        if (group.size() < 2) {
            return Map.of();
        }
        String parent = group.get(0).region().parentCode();
        String over = rows.stream().filter(r -> parent.equals(r.regionCode())).map(Row::label).findFirst()
                .orElse(parent) + "所辖 " + group.get(0).period().normalized();
        Map<String, ColumnSummary> out = new HashMap<>();
        for (Column c : columns) {
            List<BigDecimal> values = new ArrayList<>();
            int cells = 0;
            for (Row r : group) {
                Cell cell = r.cell(c);
                if (cell != null) {
                    cells++;
                    if (cell.comparable() && cell.value() != null) {
                        values.add(cell.value());
                    }
                }
            }
            if (values.isEmpty() || c.measure() == Measure.RANK) {
                continue;
            }
            BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            boolean additive = (c.measure() == Measure.VALUE || c.measure() == Measure.YOY_ABS || c.measure() == Measure.TARGET)
                    && c.unit().base() != BaseUnit.PERCENT && c.unit().base() != BaseUnit.PP;
            BigDecimal average = sum.divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL64)
                    .setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
            out.put(c.key(), new ColumnSummary(over, additive ? sum.stripTrailingZeros() : null,
                    average.scale() < 0 ? average.setScale(0) : average, values.size(), cells));
        }
        return out;
    }
}
