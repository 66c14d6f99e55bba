package huibao.export.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import huibao.model.Entity;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** Writes a project, organisation or place as one line of JSON with its span. */
public final class EntityJson {

    private static final JsonFactory JSON = new JsonFactory();

    private EntityJson() {
    }

    /** The entity as one line of {@code huibao extract --entities}. */
    public static String line(Entity e) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("doc", e.doc());
            g.writeStringField("kind", e.kind().id());
            g.writeStringField("name", e.name());
            g.writeStringField("stage", e.stage());
            g.writeStringField("investor", e.investor());
            g.writeStringField("fact", e.factId());
            g.writeStringField("code", e.code());
            g.writeStringField("sentence", e.sentence());
            g.writeArrayFieldStart("span");
            g.writeNumber(e.span().start());
            g.writeNumber(e.span().end());
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toString();
    }
}
