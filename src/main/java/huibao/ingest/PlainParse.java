package huibao.ingest;

import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tika's plain parse of a file, and nothing of huibao's reading: an {@link AutoDetectParser} over
 * every parser on the class path into a {@link BodyContentHandler}, no charset detection of
 * huibao's, no cleaning, no splitting. The baseline {@code huibao bench} sets ingest against
 * ({@link ReportReader#plainText}); a report is never read this way. Safe to share between threads.
 */
final class PlainParse {

    private static final AutoDetectParser PARSER = new AutoDetectParser();

    private PlainParse() {
    }

    /** The body text of {@code file} as Tika gives it. */
    static String text(Path file) throws IOException {
        BodyContentHandler body = new BodyContentHandler(-1);
        try (InputStream in = Files.newInputStream(file)) {
            PARSER.parse(in, body, new Metadata(), new ParseContext());
        } catch (SAXException | TikaException e) {
            throw new IOException("Tika could not parse " + file + ": " + e.getMessage(), e);
        }
        return body.toString();
    }
}
