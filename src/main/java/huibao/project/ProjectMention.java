package huibao.project;

import huibao.model.Span;

import java.util.Objects;

/**
 * One place a report names a project.
 *
 * @param report     the report
 * @param name       the name as written
 * @param span       offsets of the name in the file's cleaned text
 * @param sentence   the sentence that names it
 * @param stage      the stage the sentence gives it (在谈, 签约, 开工, 在建, 竣工投产), or {@code null}
 * @param planned    whether that stage is a plan (力争…开工, a 工作打算 section), not a step taken
 * @param investor   the investor the sentence names, or {@code null}
 * @param regionCode the county or district the project lies in: the reporting region's code, or
 *                   the district a city report names with it; {@code null} when unknown
 */
public record ProjectMention(ReportRef report, String name, Span span, String sentence, String stage, boolean planned,
                             String investor, String regionCode) {

    public ProjectMention {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(span, "span");
        if (planned && stage == null) {
            throw new IllegalArgumentException("only a stage can be planned: " + name + " in " + report.doc());
        }
    }

    /** "2024q1-luting.txt@302-309", where an analyst finds the name. */
    public String location() {
        return report.doc() + "@" + span.start() + "-" + span.end();
    }
}
