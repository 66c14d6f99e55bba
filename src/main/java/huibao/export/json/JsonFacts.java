package huibao.export.json;

import com.fasterxml.jackson.core.JsonGenerator;
import huibao.model.Fact;
import huibao.model.Finding;
import huibao.model.Period;
import huibao.model.Report;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * The JSON of the records the table and the findings point at: facts (with where they stand),
 * findings, reports and periods. Field names follow the fact contract; numbers are written with
 * exactly the digits of their decimal.
 */
public final class JsonFacts {

    private final JsonGenerator g;

    /** Writes to {@code g}. */
    public JsonFacts(JsonGenerator g) {
        this.g = g;
    }

    /** A fact as a reference: id, doc, span, text, the value as written, and its sentence. */
    public void fact(Fact f) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", f.id());
        g.writeStringField("doc", f.doc());
        g.writeArrayFieldStart("span");
        g.writeNumber(f.span().start());
        g.writeNumber(f.span().end());
        g.writeEndArray();
        g.writeStringField("text", f.text());
        number("value", f.value());
        g.writeStringField("unit", f.unit());
        number("base_value", f.baseValue());
        g.writeStringField("base_unit", f.baseUnit().id());
        g.writeStringField("indicator", f.indicator());
        g.writeStringField("measure", f.measure().id());
        g.writeBooleanField("redacted", f.redacted());
        g.writeStringField("sentence", f.sentence());
        g.writeEndObject();
    }

    /** A finding with its facts. */
    public void finding(Finding f) throws IOException {
        g.writeStartObject();
        g.writeStringField("severity", f.severity().id());
        g.writeStringField("severity_label", f.severity().label());
        g.writeStringField("kind", f.kind().id());
        g.writeStringField("kind_label", f.kind().label());
        g.writeStringField("doc", f.doc());
        g.writeStringField("indicator", f.indicator());
        g.writeStringField("stated", f.stated());
        g.writeStringField("expected", f.expected());
        g.writeStringField("message", f.message());
        g.writeBooleanField("rounding_only", f.roundingOnly());
        g.writeArrayFieldStart("facts");
        for (Fact fact : f.facts()) {
            fact(fact);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** What names a report for the findings' docs and the rows' reports: doc, file, title, region, period. */
    public void report(Report r) throws IOException {
        g.writeStartObject();
        g.writeStringField("doc", r.doc());
        g.writeStringField("file", r.file());
        g.writeStringField("title", r.title());
        period("period", r.period());
        g.writeStringField("region", r.regionName());
        g.writeStringField("region_code", r.regionCode());
        g.writeStringField("region_mention", r.regionMention());
        g.writeEndObject();
    }

    /** A period as the fact contract writes it, or {@code null}. */
    public void period(String name, Period p) throws IOException {
        if (p == null) {
            g.writeNullField(name);
            return;
        }
        g.writeObjectFieldStart(name);
        integer("year", p.year());
        integer("from_month", p.fromMonth());
        integer("to_month", p.toMonth());
        g.writeStringField("label", p.label());
        g.writeEndObject();
    }

    /** A decimal with exactly its digits ({@code 12.50} stays {@code 12.50}), or {@code null}. */
    public void number(String name, BigDecimal v) throws IOException {
        if (v == null) {
            g.writeNullField(name);
        } else {
            g.writeFieldName(name);
            g.writeNumber(v.toPlainString());
        }
    }

    private void integer(String name, Integer v) throws IOException {
        if (v == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, v);
        }
    }
}
