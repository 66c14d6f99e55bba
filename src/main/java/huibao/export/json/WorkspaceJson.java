package huibao.export.json;

import com.fasterxml.jackson.core.JsonGenerator;
import huibao.index.FacetCount;
import huibao.model.Fact;
import huibao.model.Finding;
import huibao.model.ReportExtraction;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The shapes only the web workspace ({@code huibao serve}) answers with: the archive's counts, an
 * error, an upload's progress, a page of findings with their facet counts, a report with its text,
 * facts and findings, the per-report coverage and the dataset's picker choices. Records inside
 * are written as the one shape of each ({@link FactJson#write}, {@link FindingJson#write},
 * {@link ReportJson#write}) wherever they appear.
 */
public final class WorkspaceJson {

    private WorkspaceJson() {
    }

    /** A choice of a picker: the value sent back and its label. */
    public record Choice(String value, String label) {
    }

    /**
     * A file that could not be read: its name as uploaded, the kind of its problem when the pipeline
     * names one ("corrupt", "encrypted", "unsupported"...; the page heads the reason with it in
     * Chinese, since the reason is in the pipeline's words) or {@code null}, and why.
     */
    public record Failure(String file, String kind, String reason) {

        public Failure(String file, String reason) {
            this(file, null, reason);
        }
    }

    /** An upload's ingest: queued, running, done or failed; files done of total; the file at hand. */
    public record Job(String id, String state, int done, int total, String current, List<Failure> failures) {
    }

    /**
     * One report's coverage: its file as the analyst knows it (the name uploaded, for an upload), the
     * figures found, those attributed to an indicator, those a check read, and those that could not
     * be read (masked or redacted).
     */
    public record Coverage(String doc, String file, String title, String region, String period, int figures, int attributed,
                           int checked, int unreadable) {
    }

    private static String of(JsonText.Body body) {
        return JsonText.of(256, body);
    }

    /** {reports, facts, files, updated}. */
    public static String stats(int reports, int facts, int files, String updated) {
        return of(g -> {
            g.writeStartObject();
            g.writeNumberField("reports", reports);
            g.writeNumberField("facts", facts);
            g.writeNumberField("files", files);
            g.writeStringField("updated", updated);
            g.writeEndObject();
        });
    }

    /** [{value, label}]: every indicator of the catalogue with its Chinese label. */
    public static String labels(Map<String, String> labels) {
        return of(g -> {
            g.writeStartArray();
            for (Map.Entry<String, String> e : labels.entrySet()) {
                g.writeStartObject();
                g.writeStringField("value", e.getKey());
                g.writeStringField("label", e.getValue());
                g.writeEndObject();
            }
            g.writeEndArray();
        });
    }

    /** {error}. */
    public static String error(String message) {
        return of(g -> {
            g.writeStartObject();
            g.writeStringField("error", message);
            g.writeEndObject();
        });
    }

    /** {error, loading: true}: the workspace is still reading its archive; ask again shortly. */
    public static String loading(String message) {
        return of(g -> {
            g.writeStartObject();
            g.writeStringField("error", message);
            g.writeBooleanField("loading", true);
            g.writeEndObject();
        });
    }

    /** {job} as a new upload answers. */
    public static String jobCreated(String id) {
        return of(g -> {
            g.writeStartObject();
            g.writeStringField("job", id);
            g.writeEndObject();
        });
    }

    /** {job, state, done, total, current, failures: [{file, reason}]}. */
    public static String job(Job job) {
        return of(g -> {
            g.writeStartObject();
            g.writeStringField("job", job.id());
            g.writeStringField("state", job.state());
            g.writeNumberField("done", job.done());
            g.writeNumberField("total", job.total());
            g.writeStringField("current", job.current());
            g.writeArrayFieldStart("failures");
            for (Failure f : job.failures()) {
                g.writeStartObject();
                g.writeStringField("file", f.file());
                g.writeStringField("kind", f.kind());
                g.writeStringField("reason", f.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /**
     * {total, page, page_size, findings: [finding as FindingJson writes it, with "region" and
     * "title" and "file" (as shown) of its report, "indicator_label", the Chinese label of its indicator, and
     * "files": {doc: the name of its file as shown} for every report it rests on], facets:
     * {kind, severity, region: [{value, label, count}]}}.
     */
    public static String findings(List<Finding> page, Map<String, ReportExtraction> reports, int total, int pageNo,
                                  int pageSize, Map<String, List<FacetCount>> facets, Map<String, String> labels) {
        return of(g -> {
            g.writeStartObject();
            g.writeNumberField("total", total);
            g.writeNumberField("page", pageNo);
            g.writeNumberField("page_size", pageSize);
            g.writeArrayFieldStart("findings");
            for (Finding f : page) {
                ReportExtraction r = f.doc() == null ? null : reports.get(f.doc());
                g.writeStartObject();
                g.writeFieldName("finding");
                FindingJson.write(g, shown(f, reports));
                g.writeStringField("region", r == null ? null : r.report().regionName());
                g.writeStringField("title", r == null ? null : r.report().title());
                g.writeStringField("file", r == null ? null : r.report().file());
                g.writeStringField("indicator_label", f.indicator() == null ? null
                        : labels.getOrDefault(f.indicator(), f.indicator()));
                g.writeObjectFieldStart("files");
                for (String doc : docsOf(f)) {
                    g.writeStringField(doc, fileName(doc, reports.get(doc)));
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            counts(g, "facets", facets);
            g.writeEndObject();
        });
    }

    /**
     * {report: as ReportJson writes it, offset: where the text starts in the file's text (spans are
     * file offsets), text, facts: [FactJson], findings: [FindingJson, messages naming the reports as
     * {@link #shown} does]}; {@code reports} are the archive's, by doc, with their files as shown.
     */
    public static String report(ReportExtraction x, List<Finding> findings, Map<String, ReportExtraction> reports) {
        return of(g -> {
            g.writeStartObject();
            g.writeFieldName("report");
            ReportJson.write(g, x);
            g.writeNumberField("offset", x.report().range().start());
            g.writeStringField("text", x.report().text());
            g.writeArrayFieldStart("facts");
            for (Fact f : x.facts()) {
                FactJson.write(g, f);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("findings");
            for (Finding f : findings) {
                FindingJson.write(g, shown(f, reports));
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /**
     * The finding with its message naming each report it is about by its file's name as the analyst
     * knows it (2024h1-city.docx, or the name an upload came under) rather than by its doc id, the
     * stored path (/data/uploads/4f…/1.docx); the doc ids in its fields stay, for the links (issue 12).
     */
    private static Finding shown(Finding f, Map<String, ReportExtraction> reports) {
        List<String> docs = docsOf(f);
        // "a.docx#2" before "a.docx", whose name would otherwise be put inside it
        docs.sort(Comparator.comparingInt(String::length).reversed());
        String message = f.message();
        for (String doc : docs) {
            message = message.replace(doc, fileName(doc, reports.get(doc)));
        }
        return message.equals(f.message()) ? f : new Finding(f.kind(), f.severity(), f.doc(), f.indicator(), f.facts(),
                f.expected(), f.stated(), message, f.roundingOnly());
    }

    /** The docs a finding is about, its own first, each once. */
    private static List<String> docsOf(Finding f) {
        List<String> docs = new ArrayList<>();
        if (f.doc() != null) {
            docs.add(f.doc());
        }
        f.facts().forEach(x -> docs.add(x.doc()));
        return new ArrayList<>(docs.stream().distinct().toList());
    }

    /**
     * The name of a report's file as the pages show it: the last part of its file (the name it was
     * uploaded under, for an upload), with the doc's "#2" when the file holds several reports.
     */
    public static String fileName(String doc, Map<String, ReportExtraction> reports) {
        return fileName(doc, reports.get(doc));
    }

    private static String fileName(String doc, ReportExtraction x) {
        String file = x == null ? doc.replaceFirst("#\\d+$", "") : x.report().file();
        String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        String part = doc.matches(".*#\\d+") ? doc.substring(doc.lastIndexOf('#')) : "";
        return name.endsWith(part) ? name : name + part;
    }

    /** {reports: [{doc, file, title, region, period, figures, attributed, checked, unreadable}], totals: {...}}. */
    public static String coverage(List<Coverage> rows) {
        return of(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("reports");
            int[] totals = new int[4];
            for (Coverage c : rows) {
                g.writeStartObject();
                g.writeStringField("doc", c.doc());
                g.writeStringField("file", c.file());
                g.writeStringField("title", c.title());
                g.writeStringField("region", c.region());
                g.writeStringField("period", c.period());
                g.writeNumberField("figures", c.figures());
                g.writeNumberField("attributed", c.attributed());
                g.writeNumberField("checked", c.checked());
                g.writeNumberField("unreadable", c.unreadable());
                g.writeEndObject();
                totals[0] += c.figures();
                totals[1] += c.attributed();
                totals[2] += c.checked();
                totals[3] += c.unreadable();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("totals");
            g.writeNumberField("figures", totals[0]);
            g.writeNumberField("attributed", totals[1]);
            g.writeNumberField("checked", totals[2]);
            g.writeNumberField("unreadable", totals[3]);
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    /** {periods, regions, indicators: [{value, label}]}. */
    public static String choices(List<Choice> periods, List<Choice> regions, List<Choice> indicators) {
        return of(g -> {
            g.writeStartObject();
            choices(g, "periods", periods);
            choices(g, "regions", regions);
            choices(g, "indicators", indicators);
            g.writeEndObject();
        });
    }

    /** A JSON array of the given JSON documents, each already written by its record's writer. */
    public static String array(List<String> documents) {
        StringBuilder out = new StringBuilder(documents.size() * 512 + 2).append('[');
        for (int i = 0; i < documents.size(); i++) {
            out.append(i == 0 ? "" : ",").append(documents.get(i));
        }
        return out.append(']').toString();
    }

    private static void choices(JsonGenerator g, String name, List<Choice> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (Choice c : values) {
            g.writeStartObject();
            g.writeStringField("value", c.value());
            g.writeStringField("label", c.label());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void counts(JsonGenerator g, String name, Map<String, List<FacetCount>> facets) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, List<FacetCount>> e : facets.entrySet()) {
            SearchJson.facet(g, e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }
}
