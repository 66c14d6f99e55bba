package huibao.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import huibao.FileOutcome;
import huibao.Huibao;
import huibao.config.HuibaoConfig;
import huibao.extract.metadata.ReportMetadataHints;
import huibao.ingest.InputFile;
import huibao.model.Entity;
import huibao.model.Fact;
import huibao.model.Report;
import huibao.model.ReportExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The tracker over the real seed reports of ../shared/seeds, against the projects their gold
 * annotation lists per report: no gold project is split over two entries and no entry holds two
 * gold projects. Skipped where ../shared is absent.
 */
class SeedProjectsTest {

    static final Path SEEDS = Path.of("..", "shared", "seeds");

    /** A project the gold lists for a report. */
    private record GoldProject(String doc, String name) {
    }

    @Test
    void noGoldProjectIsSplitAndNoEntryHoldsTwo(@TempDir Path data) throws IOException {
        assumeTrue(Files.isDirectory(SEEDS.resolve("gold")), "../shared/seeds is absent; the seed tests are skipped");
        List<Report> reports = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        List<TrackedProject> projects;
        try (Huibao huibao = Huibao.open(HuibaoConfig.defaults().withDataDir(data))) {
            for (InputFile in : huibao.inputs(List.of(SEEDS))) {
                if (!in.file().endsWith(".txt")) {
                    continue;
                }
                FileOutcome outcome = huibao.read(in, ReportMetadataHints.none());
                assertTrue(outcome.ok(), () -> outcome.failure().toString());
                for (ReportExtraction r : outcome.reports()) {
                    reports.add(r.report());
                    facts.addAll(r.facts());
                    entities.addAll(r.entities());
                }
            }
            projects = huibao.projects(reports, facts, entities);
        }
        List<GoldProject> gold = gold();
        int found = 0;
        List<String> split = new ArrayList<>();
        for (GoldProject g : gold) {
            List<TrackedProject> holding = projects.stream().filter(p -> holds(p, g)).toList();
            found += holding.isEmpty() ? 0 : 1;
            if (holding.size() > 1) {
                split.add(g.name() + " in " + holding.stream().map(TrackedProject::names).toList());
            }
        }
        List<String> doubled = new ArrayList<>();
        for (TrackedProject p : projects) {
            List<String> held = gold.stream().filter(g -> holds(p, g)).map(GoldProject::name).toList();
            if (held.size() > 1) {
                doubled.add(p.names() + " holds " + held);
            }
        }
        System.out.printf("Seed projects: %d entries for %d gold projects (%d of them found, %d split, %d entries holding two)%n",
                projects.size(), gold.size(), found, split.size(), doubled.size());
        gold.stream().filter(g -> projects.stream().noneMatch(p -> holds(p, g)))
                .forEach(g -> System.out.println("  gold, not found: " + g.name() + " " + g.doc()));
        projects.stream().filter(p -> gold.stream().noneMatch(g -> holds(p, g)))
                .forEach(p -> System.out.println("  not in the gold: " + p.names() + " " + p.reports().get(0).doc()));
        assertEquals(List.of(), split);
        assertEquals(List.of(), doubled);
    }

    /** Whether a mention of {@code p} in the gold project's report writes its name (masks and blanks aside). */
    private static boolean holds(TrackedProject p, GoldProject g) {
        String gold = bare(g.name());
        return p.mentions().stream().anyMatch(m -> m.report().doc().equals(g.doc())
                && (bare(m.name()).endsWith(gold) || gold.endsWith(bare(m.name()))));
    }

    private static String bare(String name) {
        return name.replaceAll("[\\s*＊Xx]", "");
    }

    /** Every project of every report of the gold, with the doc id huibao gives that report. */
    private static List<GoldProject> gold() throws IOException {
        List<GoldProject> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(SEEDS.resolve("gold"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode g = json.readTree(p.toFile());
                JsonNode rs = g.get("reports");
                String file = SEEDS.resolve(g.get("file").asText()).toString();
                for (int i = 0; i < rs.size(); i++) {
                    String doc = file + (rs.size() > 1 ? "#" + (i + 1) : "");
                    for (JsonNode name : rs.get(i).path("projects")) {
                        out.add(new GoldProject(doc, name.asText()));
                    }
                }
            }
        }
        return out;
    }
}
