package huibao.export.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import huibao.model.Fact;
import huibao.model.FactLink;
import huibao.model.Period;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * The two shapes of a fact, each written by one method wherever a fact appears: the whole fact
 * ({@link #write}), exactly the fact contract ({@code shared/spec/facts.md}), field order
 * included, with the range bounds, the parent of a breakdown and the links after the contract's
 * fields; and a reference to it ({@link #reference}) where a record points at the facts it rests on.
 */
public final class FactJson {

    private static final JsonFactory JSON = new JsonFactory();

    private FactJson() {
    }

    /** The fact as one line of {@code huibao extract --format jsonl}: {@link #write}, alone. */
    public static String line(Fact f) {
        StringWriter out = new StringWriter(256 + f.sentence().length() * 3);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            write(g, f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * THE full shape of a fact, wherever a whole fact is written ({@code extract --format jsonl}, a
     * cell of the dataset's JSON, a passage of {@code search --json}): the contract's fields in
     * order, then value_max, base_value_max, id, part_of, links and, on a figure read by OCR, ocr.
     */
    public static void write(JsonGenerator g, Fact f) throws IOException {
        g.writeStartObject();
        g.writeStringField("doc", f.doc());
        g.writeStringField("region", f.region());
        g.writeStringField("region_code", f.regionCode());
        writePeriod(g, f.period());
        g.writeStringField("indicator", f.indicator());
        g.writeStringField("measure", f.measure().id());
        g.writeStringField("scope", f.scopeText());
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
        writeSpan(g, f);
        writeNumber(g, "value_max", f.valueMax());
        writeNumber(g, "base_value_max", f.baseValueMax());
        g.writeStringField("id", f.id());
        g.writeStringField("part_of", f.partOf());
        g.writeArrayFieldStart("links"); // after the contract and its extras: part_of, actual, target
        for (FactLink l : f.links()) {
            g.writeStartObject();
            g.writeStringField("kind", l.kind().id());
            g.writeStringField("fact", l.fact());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (f.ocr()) {
            // added on OCR'd figures only, whose digits may be misread: the contract's fields stay as they are
            g.writeBooleanField("ocr", true);
        }
        g.writeEndObject();
    }

    /**
     * THE shape of a reference to a fact, wherever a record points at the facts it rests on (the
     * facts of a finding, in {@code check --format jsonl} and in the dataset's JSON): id, doc,
     * indicator, measure, text, span and sentence, and ocr on a figure read by OCR; the id leads to
     * the whole fact.
     */
    public static void reference(JsonGenerator g, Fact f) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", f.id());
        g.writeStringField("doc", f.doc());
        g.writeStringField("indicator", f.indicator());
        g.writeStringField("measure", f.measure().id());
        g.writeStringField("text", f.text());
        writeSpan(g, f);
        g.writeStringField("sentence", f.sentence());
        if (f.ocr()) {
            g.writeBooleanField("ocr", true);
        }
        g.writeEndObject();
    }

    private static void writeSpan(JsonGenerator g, Fact f) throws IOException {
        g.writeArrayFieldStart("span");
        g.writeNumber(f.span().start());
        g.writeNumber(f.span().end());
        g.writeEndArray();
    }

    /** A period as the fact contract writes it, or {@code null}. */
    public static void writePeriod(JsonGenerator g, Period p) throws IOException {
        if (p == null) {
            g.writeNullField("period");
            return;
        }
        g.writeObjectFieldStart("period");
        writeInt(g, "year", p.year());
        writeInt(g, "from_month", p.fromMonth());
        writeInt(g, "to_month", p.toMonth());
        g.writeStringField("label", p.label());
        g.writeEndObject();
    }

    private static void writeInt(JsonGenerator g, String name, Integer v) throws IOException {
        if (v == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, v);
        }
    }

    /** A decimal with exactly its digits, or {@code null}. */
    public static void writeNumber(JsonGenerator g, String name, BigDecimal v) throws IOException {
        if (v == null) {
            g.writeNullField(name);
        } else {
            g.writeFieldName(name);
            g.writeNumber(v.toPlainString());
        }
    }
}
