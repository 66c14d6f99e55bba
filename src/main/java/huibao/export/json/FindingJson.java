package huibao.export.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import huibao.model.Fact;
import huibao.model.Finding;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Every JSON of a finding: one line of {@code huibao check --format jsonl} with the facts it rests
 * on (doc, span, text, sentence), and the finding as the table's JSON lists it, with the labels of
 * its kind and severity and the facts as the table points at them.
 */
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
                FactJson.evidence(g, fact);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The finding as the table's JSON lists it, with labels and its facts as {@link FactJson#reference} writes them. */
    public static void labelled(JsonGenerator g, Finding f) throws IOException {
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
            FactJson.reference(g, fact);
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
