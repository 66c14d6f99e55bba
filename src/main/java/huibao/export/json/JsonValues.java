package huibao.export.json;

import com.fasterxml.jackson.core.JsonGenerator;
import huibao.model.Period;
import huibao.model.Span;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * The values every record's JSON is made of, written one way everywhere: a period as the fact
 * contract writes it, a decimal with exactly its digits, a span as {@code [start, end]}.
 */
public final class JsonValues {

    private JsonValues() {
    }

    /** A period as the fact contract writes it ({@code year, from_month, to_month, label}), or {@code null}. */
    public static void period(JsonGenerator g, String name, Period p) throws IOException {
        if (p == null) {
            g.writeNullField(name);
            return;
        }
        g.writeObjectFieldStart(name);
        integer(g, "year", p.year());
        integer(g, "from_month", p.fromMonth());
        integer(g, "to_month", p.toMonth());
        g.writeStringField("label", p.label());
        g.writeEndObject();
    }

    /** A decimal with exactly its digits ({@code 12.50} stays {@code 12.50}), or {@code null}. */
    public static void number(JsonGenerator g, String name, BigDecimal v) throws IOException {
        if (v == null) {
            g.writeNullField(name);
        } else {
            g.writeFieldName(name);
            g.writeNumber(v.toPlainString());
        }
    }

    /** Character offsets as {@code [start, end]}. */
    public static void span(JsonGenerator g, String name, Span s) throws IOException {
        g.writeArrayFieldStart(name);
        g.writeNumber(s.start());
        g.writeNumber(s.end());
        g.writeEndArray();
    }

    private static void integer(JsonGenerator g, String name, Integer v) throws IOException {
        if (v == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, v);
        }
    }
}
