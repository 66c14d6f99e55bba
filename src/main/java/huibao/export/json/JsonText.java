package huibao.export.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** The tail every writer here shares: a body written by one generator into a string. */
final class JsonText {

    private static final JsonFactory JSON = new JsonFactory();

    /** What a writer writes into the generator. */
    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private JsonText() {
    }

    /** The body as a string; {@code capacity} is only the writer's guess at its length. */
    static String of(int capacity, Body body) {
        StringWriter out = new StringWriter(capacity);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
