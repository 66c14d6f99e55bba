package huibao.export.json;

import com.fasterxml.jackson.core.JsonGenerator;
import huibao.dataset.Cell;
import huibao.dataset.Column;
import huibao.dataset.Row;
import huibao.dataset.Table;
import huibao.model.Fact;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One column of the table as a chart: bars across regions for one period and a line across
 * periods per region. Only comparable cells in the column's own unit are drawn, so a bar never
 * stands next to one in another currency or unit; each point names its doc and span, so that a
 * bar leads to its cell and its sentence.
 */
public final class ChartJson {

    private ChartJson() {
    }

    /**
     * {indicator, label, measure, unit, period, periods: [labels in table order], bars: [point],
     * lines: [{region, region_code, points: [point]}]}; a point is {region, region_code, row,
     * period, value, display, unit, doc, span}.
     *
     * @param period the rows' period the bars show (its normalised label), or {@code null} for the latest
     */
    public static String of(Table table, Column column, String period) {
        List<String> periods = new ArrayList<>();
        Map<String, List<Row>> byRegion = new LinkedHashMap<>();
        List<Row> drawn = new ArrayList<>();
        for (Row r : table.rows()) {
            Cell c = r.cell(column);
            if (c == null || !c.comparable() || c.value() == null || !c.unit().equals(column.unit())) {
                continue;
            }
            drawn.add(r);
            String p = r.period().normalized();
            if (!periods.contains(p)) {
                periods.add(p);
            }
            byRegion.computeIfAbsent(r.regionCode() == null ? r.label() : r.regionCode(), k -> new ArrayList<>()).add(r);
        }
        periods.sort(null);
        String shown = period != null && periods.contains(period) ? period
                : periods.isEmpty() ? null : periods.get(periods.size() - 1);
        return JsonText.of(4096, g -> {
            g.writeStartObject();
            g.writeStringField("key", column.key());
            g.writeStringField("indicator", column.indicator());
            g.writeStringField("label", column.label());
            g.writeStringField("heading", column.heading());
            g.writeStringField("measure", column.measure().id());
            g.writeStringField("unit", column.unit().label());
            g.writeStringField("period", shown);
            g.writeArrayFieldStart("periods");
            for (String p : periods) {
                g.writeString(p);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("bars");
            for (Row r : drawn) {
                if (r.period().normalized().equals(shown)) {
                    point(g, r, r.cell(column));
                }
            }
            g.writeEndArray();
            g.writeArrayFieldStart("lines");
            for (List<Row> rows : byRegion.values()) {
                g.writeStartObject();
                g.writeStringField("region", rows.get(0).region() == null ? rows.get(0).label() : rows.get(0).region().name());
                g.writeStringField("region_code", rows.get(0).regionCode());
                g.writeArrayFieldStart("points");
                List<Row> ordered = new ArrayList<>(rows);
                ordered.sort((a, b) -> a.period().normalized().compareTo(b.period().normalized()));
                for (Row r : ordered) {
                    point(g, r, r.cell(column));
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private static void point(JsonGenerator g, Row r, Cell c) throws IOException {
        Fact f = c.fact();
        g.writeStartObject();
        g.writeStringField("region", r.region() == null ? null : r.region().name());
        g.writeStringField("region_code", r.regionCode());
        g.writeStringField("row", r.label());
        g.writeStringField("period", r.period().normalized());
        FactJson.writeNumber(g, "value", c.value());
        g.writeStringField("display", c.display());
        g.writeStringField("unit", c.unit().label());
        g.writeStringField("doc", f.doc());
        g.writeArrayFieldStart("span");
        g.writeNumber(f.span().start());
        g.writeNumber(f.span().end());
        g.writeEndArray();
        g.writeStringField("text", f.text());
        g.writeEndObject();
    }
}
