package huibao.export.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import huibao.model.Fact;
import huibao.model.Finding;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** One finding as one line of JSON, with the facts it rests on (doc, span, text, sentence). */
public final class FindingJson {

    private static final JsonFactory JSON = new JsonFactory();

    private FindingJson() {
    }

    /** The finding as one line of {@code huibao check --format jsonl}. */
    public static String line(Finding f) {
        StringWriter out = new StringWriter(512);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("kind", f.kind().id());
            g.writeStringField("severity", f.severity().id());
            g.writeStringField("doc", f.doc());
            g.writeStringField("indicator", f.indicator());
            g.writeStringField("stated", f.stated());
            g.writeStringField("expected", f.expected());
            g.writeBooleanField("rounding_only", f.roundingOnly());
            g.writeStringField("message", f.message());
            g.writeArrayFieldStart("facts");
            for (Fact fact : f.facts()) {
                g.writeStartObject();
                g.writeStringField("id", fact.id());
                g.writeStringField("doc", fact.doc());
                g.writeStringField("indicator", fact.indicator());
                g.writeStringField("measure", fact.measure().id());
                g.writeStringField("text", fact.text());
                g.writeArrayFieldStart("span");
                g.writeNumber(fact.span().start());
                g.writeNumber(fact.span().end());
                g.writeEndArray();
                g.writeStringField("sentence", fact.sentence());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
