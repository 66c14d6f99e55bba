package huibao.export.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import huibao.model.Report;
import huibao.model.ReportExtraction;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** Writes a report's metadata and counts as one line of JSON. */
public final class ReportJson {

    private static final JsonFactory JSON = new JsonFactory();

    private ReportJson() {
    }

    /** A report read, as one line of {@code huibao extract --reports}: {@link #write}, alone. */
    public static String line(ReportExtraction x) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            write(g, x);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * THE shape of a report, wherever one is written ({@code extract --reports}, the dataset's
     * JSON): doc, file, title, issuer, date, region, region_code, region_mention, region_masked,
     * level, period, range, and the counts of its facts, redacted facts and entities.
     */
    public static void write(JsonGenerator g, ReportExtraction x) throws IOException {
        Report r = x.report();
        g.writeStartObject();
        g.writeStringField("doc", r.doc());
        g.writeStringField("file", r.file());
        g.writeStringField("title", r.title());
        g.writeStringField("issuer", r.issuer());
        g.writeStringField("date", r.date());
        g.writeStringField("region", r.regionName());
        g.writeStringField("region_code", r.regionCode());
        g.writeStringField("region_mention", r.regionMention());
        g.writeBooleanField("region_masked", r.regionMasked());
        g.writeStringField("level", r.level() == null ? null : r.level().id());
        FactJson.writePeriod(g, r.period());
        g.writeArrayFieldStart("range");
        g.writeNumber(r.range().start());
        g.writeNumber(r.range().end());
        g.writeEndArray();
        g.writeNumberField("facts", x.facts().size());
        g.writeNumberField("redacted", x.facts().stream().filter(f -> f.redacted()).count());
        g.writeNumberField("entities", x.entities().size());
        g.writeEndObject();
    }
}
