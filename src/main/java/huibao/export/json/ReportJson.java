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

    /** A report read, as one line of {@code huibao extract --reports}. */
    public static String line(ReportExtraction x) {
        Report r = x.report();
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
