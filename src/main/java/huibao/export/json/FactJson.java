package huibao.export.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import huibao.model.Fact;
import huibao.model.Period;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * Every JSON of a fact. {@link #line} writes a fact as one line of JSON in exactly the shape of
 * the fact contract ({@code shared/spec/facts.md}), field order included, with the range bounds
 * and the parent of a breakdown after the contract's fields. Where a fact is written inside
 * another record (a table cell, a finding, a search hit) it is written as a shorter reference
 * whose fields keep the contract's names.
 */
public final class FactJson {

    private static final JsonFactory JSON = new JsonFactory();

    private FactJson() {
    }

    /** The fact as one line of {@code huibao extract --format jsonl}. */
    public static String line(Fact f) {
        StringWriter out = new StringWriter(256 + f.sentence().length() * 3);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("doc", f.doc());
            g.writeStringField("region", f.region());
            g.writeStringField("region_code", f.regionCode());
            writePeriod(g, f.period());
            g.writeStringField("indicator", f.indicator());
            g.writeStringField("measure", f.measure().id());
            g.writeStringField("scope", f.scope());
            g.writeStringField("text", f.text());
            writeNumber(g, "value", f.value());
            g.writeStringField("unit", f.unit());
            writeNumber(g, "base_value", f.baseValue());
            g.writeStringField("base_unit", f.baseUnit().id());
            g.writeBooleanField("approx", f.approx());
            g.writeStringField("project", f.project());
            g.writeStringField("versus", f.versus());
            g.writeBooleanField("redacted", f.redacted());
            g.writeStringField("sentence", f.sentence());
            g.writeArrayFieldStart("span");
            g.writeNumber(f.span().start());
            g.writeNumber(f.span().end());
            g.writeEndArray();
            writeNumber(g, "value_max", f.valueMax());
            writeNumber(g, "base_value_max", f.baseValueMax());
            g.writeStringField("id", f.id());
            g.writeStringField("part_of", f.partOf());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A fact as the table and its findings point at it: id, doc, span, text, the value as written, and its sentence. */
    public static void reference(JsonGenerator g, Fact f) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", f.id());
        g.writeStringField("doc", f.doc());
        JsonValues.span(g, "span", f.span());
        g.writeStringField("text", f.text());
        JsonValues.number(g, "value", f.value());
        g.writeStringField("unit", f.unit());
        JsonValues.number(g, "base_value", f.baseValue());
        g.writeStringField("base_unit", f.baseUnit().id());
        g.writeStringField("indicator", f.indicator());
        g.writeStringField("measure", f.measure().id());
        g.writeBooleanField("redacted", f.redacted());
        g.writeStringField("sentence", f.sentence());
        g.writeEndObject();
    }

    /** A fact as a finding of {@code huibao check --format jsonl} rests on it: where it stands and its sentence. */
    static void evidence(JsonGenerator g, Fact f) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", f.id());
        g.writeStringField("doc", f.doc());
        g.writeStringField("indicator", f.indicator());
        g.writeStringField("measure", f.measure().id());
        g.writeStringField("text", f.text());
        JsonValues.span(g, "span", f.span());
        g.writeStringField("sentence", f.sentence());
        g.writeEndObject();
    }

    /** A fact as a search passage states it: what it measures and its value, without the sentence around it. */
    static void stated(JsonGenerator g, Fact f) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", f.id());
        g.writeStringField("text", f.text());
        g.writeStringField("indicator", f.indicator());
        g.writeStringField("measure", f.measure().id());
        g.writeStringField("scope", f.scope());
        JsonValues.number(g, "value", f.value());
        JsonValues.number(g, "value_max", f.valueMax());
        g.writeStringField("unit", f.unit());
        JsonValues.number(g, "base_value", f.baseValue());
        g.writeStringField("base_unit", f.baseUnit().id());
        g.writeBooleanField("redacted", f.redacted());
        g.writeStringField("project", f.project());
        JsonValues.span(g, "span", f.span());
        g.writeEndObject();
    }

    private static void writePeriod(JsonGenerator g, Period p) throws IOException {
        JsonValues.period(g, "period", p);
    }

    private static void writeNumber(JsonGenerator g, String name, BigDecimal v) throws IOException {
        JsonValues.number(g, name, v);
    }
}
