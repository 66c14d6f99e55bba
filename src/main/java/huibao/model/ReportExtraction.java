package huibao.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything the extract stage read from one report.
 *
 * @param report   the report and its metadata
 * @param facts    its figures in reading order
 * @param entities its projects, organisations and places in reading order
 * @param problems what could not be read or decided, with locations
 */
public record ReportExtraction(Report report, List<Fact> facts, List<Entity> entities, List<Problem> problems) {

    public ReportExtraction {
        Objects.requireNonNull(report, "report");
        facts = List.copyOf(facts);
        entities = List.copyOf(entities);
        problems = List.copyOf(problems);
    }
}
