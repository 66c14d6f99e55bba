package huibao.project;

import huibao.model.Span;

import java.util.Objects;

/**
 * One report's word on how far a project has come: the stage it states and the sentence that
 * states it. A planned step (力争9月底前开工) says where the project is meant to go, not where it is.
 *
 * @param stage    在谈, 签约, 开工, 在建 or 竣工投产 (the labels of {@code entities-stages.tsv})
 * @param planned  whether the report states the stage as a plan
 * @param report   the report
 * @param name     the project's name as this report writes it
 * @param sentence the sentence that states the stage
 * @param span     offsets of the name in the file's cleaned text
 */
public record StageStep(String stage, boolean planned, ReportRef report, String name, String sentence, Span span) {

    public StageStep {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(span, "span");
    }

    /** The stage as printed: "开工", or "计划开工" for a plan. */
    public String label() {
        return planned ? "计划" + stage : stage;
    }

    /** "2024q1-luting.txt@302-309". */
    public String location() {
        return report.doc() + "@" + span.start() + "-" + span.end();
    }
}
