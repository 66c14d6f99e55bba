package huibao.export.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import huibao.model.Fact;
import huibao.model.Finding;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** One finding as JSON, with references to the facts it rests on (id, doc, span, text, sentence). */
public final class FindingJson {

    private static final JsonFactory JSON = new JsonFactory();

    private FindingJson() {
    }

    /** The finding as one line of {@code huibao check --format jsonl}: {@link #write}, alone. */
    public static String line(Finding f) {
        StringWriter out = new StringWriter(512);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            write(g, f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * THE shape of a finding, wherever one is written ({@code check --format jsonl}, the dataset's
     * JSON): kind, severity, doc, indicator, stated, expected, rounding_only, message, and its facts
     * as {@link FactJson#reference references}.
     */
    public static void write(JsonGenerator g, Finding f) throws IOException {
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
            FactJson.reference(g, fact);
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
