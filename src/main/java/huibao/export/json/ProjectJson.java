package huibao.export.json;

import com.fasterxml.jackson.core.JsonGenerator;
import huibao.model.Span;
import huibao.project.InvestmentFigure;
import huibao.project.ProjectMention;
import huibao.project.ReportRef;
import huibao.project.StageStep;
import huibao.project.TrackedProject;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * One tracked project as one line of JSON: its summary (stage, stage path, reports, latest
 * investment), then its timeline, investment figures and mentions, each with doc, span and sentence;
 * an investment figure holds its fact whole, as {@link FactJson#write} writes every fact.
 */
public final class ProjectJson {

    private ProjectJson() {
    }

    /**
     * A page of the tracker's list as the workspace shows it: {total, page, page_size, projects:
     * [{id, name, names, region, region_code, investors, stage, stage_path, reports, latest, amount}]},
     * latest the period of the last report that mentions the project and amount the wording of its
     * latest investment figure (or null). Only the list's columns: the projects whole of a large
     * archive are a hundred megabytes, and one project's timeline is asked for on its own.
     */
    public static String summaries(List<TrackedProject> page, int total, int pageNo, int pageSize) {
        return JsonText.of(256 + page.size() * 256, g -> {
            g.writeStartObject();
            g.writeNumberField("total", total);
            g.writeNumberField("page", pageNo);
            g.writeNumberField("page_size", pageSize);
            g.writeArrayFieldStart("projects");
            for (TrackedProject p : page) {
                g.writeStartObject();
                head(g, p);
                List<ReportRef> reports = p.reports();
                g.writeNumberField("reports", reports.size());
                g.writeStringField("latest", reports.isEmpty() ? null
                        : reports.get(reports.size() - 1).period().normalized());
                g.writeStringField("amount", p.latestInvestment().map(f -> f.fact().text()).orElse(null));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** The project as one line of JSON, for {@code huibao projects --json} and {@code huibao project --json}. */
    public static String line(TrackedProject p) {
        return line(p, null);
    }

    /**
     * The project as {@link #line(TrackedProject)} writes it, each source also with "file", its
     * report's file as {@code files} names it (the name an upload came under), unless files is null.
     */
    public static String line(TrackedProject p, Function<String, String> files) {
        return JsonText.of(2048, g -> {
            g.writeStartObject();
            head(g, p);
            g.writeNumberField("reports", p.reports().size());
            g.writeFieldName("latest_investment");
            if (p.latestInvestment().isPresent()) {
                figure(g, p.latestInvestment().get(), files);
            } else {
                g.writeNull();
            }
            g.writeArrayFieldStart("timeline");
            for (StageStep s : p.timeline()) {
                g.writeStartObject();
                g.writeStringField("stage", s.stage());
                g.writeBooleanField("planned", s.planned());
                report(g, s.report(), files);
                g.writeStringField("name", s.name());
                span(g, s.span());
                g.writeStringField("sentence", s.sentence());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("investment");
            for (InvestmentFigure f : p.investment()) {
                figure(g, f, files);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("mentions");
            for (ProjectMention m : p.mentions()) {
                g.writeStartObject();
                report(g, m.report(), files);
                g.writeStringField("name", m.name());
                g.writeStringField("stage", m.stage());
                g.writeBooleanField("planned", m.planned());
                g.writeStringField("investor", m.investor());
                g.writeStringField("region_code", m.regionCode());
                span(g, m.span());
                g.writeStringField("sentence", m.sentence());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /**
     * An investment figure: the report it stands in and how the project's entry words it, then the
     * fact whole, in {@link FactJson#write}'s one shape of a fact.
     */
    private static void figure(JsonGenerator g, InvestmentFigure f, Function<String, String> files)
            throws IOException {
        g.writeStartObject();
        report(g, f.report(), files);
        g.writeStringField("wording", f.wording());
        g.writeFieldName("fact");
        FactJson.write(g, f.fact());
        g.writeEndObject();
    }

    private static void report(JsonGenerator g, ReportRef r, Function<String, String> files) throws IOException {
        g.writeStringField("doc", r.doc());
        if (files != null) {
            g.writeStringField("file", files.apply(r.doc()));
        }
        g.writeStringField("period", r.period().normalized());
        g.writeStringField("date", r.date());
    }

    private static void span(JsonGenerator g, Span s) throws IOException {
        g.writeArrayFieldStart("span");
        g.writeNumber(s.start());
        g.writeNumber(s.end());
        g.writeEndArray();
    }

    /** What every shape of a project leads with: its id, names, region, investors and stages. */
    private static void head(JsonGenerator g, TrackedProject p) throws IOException {
        g.writeStringField("id", p.id());
        g.writeStringField("name", p.name());
        strings(g, "names", p.names());
        g.writeStringField("region", p.regionName());
        g.writeStringField("region_code", p.regionCode());
        strings(g, "investors", p.investors());
        g.writeStringField("stage", p.stage());
        strings(g, "stage_path", p.stagePath());
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
