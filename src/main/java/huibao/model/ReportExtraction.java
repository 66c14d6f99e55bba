package huibao.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * Each of {@code reports} with its facts and entities found among {@code facts} and
     * {@code entities} by doc id, as an archive gives them back (it keeps no reading problems).
     */
    public static List<ReportExtraction> regroup(List<Report> reports, List<Fact> facts, List<Entity> entities) {
        Map<String, List<Fact>> factsByDoc = new HashMap<>();
        for (Fact f : facts) {
            factsByDoc.computeIfAbsent(f.doc(), d -> new ArrayList<>()).add(f);
        }
        Map<String, List<Entity>> entitiesByDoc = new HashMap<>();
        for (Entity e : entities) {
            entitiesByDoc.computeIfAbsent(e.doc(), d -> new ArrayList<>()).add(e);
        }
        List<ReportExtraction> all = new ArrayList<>();
        for (Report r : reports) {
            all.add(new ReportExtraction(r, factsByDoc.getOrDefault(r.doc(), List.of()),
                    entitiesByDoc.getOrDefault(r.doc(), List.of()), List.of()));
        }
        return all;
    }
}
