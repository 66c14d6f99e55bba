package huibao.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import huibao.dataset.Cell;
import huibao.dataset.CellFlag;
import huibao.dataset.Column;
import huibao.dataset.ColumnSummary;
import huibao.dataset.Row;
import huibao.dataset.Table;
import huibao.export.json.FactJson;
import huibao.export.json.FindingJson;
import huibao.export.json.ReportJson;
import huibao.model.Fact;
import huibao.model.Finding;
import huibao.model.Report;
import huibao.model.ReportExtraction;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The table and the findings as one JSON document in UTF-8: columns, rows with their cells (each
 * with its value, flags, fact and the positions of the findings on it), summaries, reports and
 * findings. Facts, reports and findings are written by the one method of each record's shape
 * ({@link FactJson#write}, {@link ReportJson#write}, {@link FindingJson#write}), as every other
 * JSON output writes them. Field order is fixed, so two exports of the same data are the same bytes.
 */
final class TableJson {

    private static final JsonFactory JSON = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final JsonGenerator g;
    private final FindingsByFact findings;
    /** Whether a cell carries its whole fact (the file) or a reference to it (a page of the workspace). */
    private final boolean wholeFacts;

    private TableJson(JsonGenerator g, FindingsByFact findings, boolean wholeFacts) {
        this.g = g;
        this.findings = findings;
        this.wholeFacts = wholeFacts;
    }

    /** Writes the document to {@code out}, which stays open. */
    static void write(Table table, List<Finding> findings, List<ReportExtraction> reports, OutputStream out) throws IOException {
        // the indenter's line break is fixed: the platform's would make the bytes differ by machine
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8).setPrettyPrinter(pretty)) {
            new TableJson(g, new FindingsByFact(findings), true).document(table, reports);
        }
    }

    /**
     * Writes the document on one line to {@code out}, which stays open, with no reports and each
     * cell's fact as a {@link FactJson#reference reference}: what a page shows of a cell and needs
     * to open its sentence, a fifth of the bytes.
     */
    static void writePage(Table table, List<Finding> findings, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            new TableJson(g, new FindingsByFact(findings), false).document(table, List.of());
        }
    }

    private void document(Table table, List<ReportExtraction> reports) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("columns");
        for (Column c : table.columns()) {
            column(c);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("rows");
        for (Row r : table.rows()) {
            row(r, table.columns());
        }
        g.writeEndArray();
        g.writeObjectFieldStart("summaries");
        for (Column c : table.columns()) {
            ColumnSummary s = table.summary(c);
            if (s != null) {
                g.writeObjectFieldStart(c.key());
                g.writeStringField("over", s.over());
                FactJson.writeNumber(g, "total", s.total());
                FactJson.writeNumber(g, "average", s.average());
                g.writeNumberField("comparable", s.comparable());
                g.writeNumberField("cells", s.cells());
                g.writeEndObject();
            }
        }
        g.writeEndObject();
        g.writeArrayFieldStart("reports");
        for (ReportExtraction r : reports) {
            ReportJson.write(g, r);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("findings");
        for (Finding f : findings.ordered()) {
            FindingJson.write(g, f);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void column(Column c) throws IOException {
        g.writeStartObject();
        g.writeStringField("key", c.key());
        g.writeStringField("indicator", c.indicator());
        g.writeStringField("label", c.label());
        g.writeStringField("measure", c.measure().id());
        g.writeStringField("unit", c.unit().label());
        g.writeStringField("base_unit", c.unit().base().id());
        g.writeStringField("heading", c.heading());
        FactJson.writePeriod(g, c.period());
        g.writeEndObject();
    }

    private void row(Row r, List<Column> columns) throws IOException {
        g.writeStartObject();
        g.writeStringField("label", r.label());
        g.writeStringField("region", r.region() == null ? null : r.region().name());
        g.writeStringField("region_code", r.regionCode());
        FactJson.writePeriod(g, r.period());
        g.writeArrayFieldStart("reports");
        for (Report report : r.reports()) {
            g.writeString(report.doc());
        }
        g.writeEndArray();
        g.writeObjectFieldStart("cells");
        for (Column c : columns) {
            Cell cell = r.cell(c);
            g.writeFieldName(c.key());
            if (cell == null) {
                g.writeNull();
            } else {
                cell(cell);
            }
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private void fact(Fact f) throws IOException {
        if (wholeFacts) {
            FactJson.write(g, f);
        } else {
            FactJson.reference(g, f);
        }
    }

    private void cell(Cell cell) throws IOException {
        g.writeStartObject();
        FactJson.writeNumber(g, "value", cell.value());
        g.writeStringField("display", cell.display());
        g.writeStringField("unit", cell.unit().label());
        g.writeBooleanField("comparable", cell.comparable());
        g.writeArrayFieldStart("flags");
        for (CellFlag flag : cell.flags()) {
            g.writeStartObject();
            g.writeStringField("kind", flag.kind().id());
            g.writeStringField("label", flag.kind().label());
            g.writeStringField("note", flag.note());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName("fact");
        fact(cell.fact());
        g.writeArrayFieldStart("others");
        for (Fact other : cell.others()) {
            fact(other);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("findings");
        for (Finding f : findings.of(cell)) {
            g.writeNumber(findings.position(f));
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
