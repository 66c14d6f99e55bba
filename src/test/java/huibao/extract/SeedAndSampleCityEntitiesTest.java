package huibao.extract;

import huibao.extract.metadata.ReportMetadataHints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import huibao.FileOutcome;
import huibao.Huibao;
import huibao.TestSets;
import huibao.config.HuibaoConfig;
import huibao.ingest.InputFile;
import huibao.model.Entity;
import huibao.model.ReportExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The projects and organisations huibao names in the real seed reports (../shared/seeds) and in
 * its own sample corpus, scored against the hand-made gold lists "projects" and "organizations".
 *
 * <p>Each file is read with the whole pipeline; its reports are paired with the gold's reports by
 * order (the compilation 001 holds six). A gold name is <em>found</em> when some extracted
 * project or organisation of the same report has the same name once whitespace is removed, or
 * when one name contains the other and the shorter is at least 75% as long as the longer (海洋城
 * finds 海洋城项目; a name with a sentence's worth of verbs in front does not). Kind need not
 * agree, since the gold lists some names under both; gold projects give the project recall and
 * gold organisations the organisation recall. Precision counts the distinct names extracted per
 * report: a name is right when it finds a gold name of either list of its report.
 *
 * <p>The seed part is skipped when ../shared is absent.
 */
class SeedAndSampleCityEntitiesTest {

    private static final Path SEEDS = TestSets.SEEDS;
    private static final Path CORPUS = TestSets.CORPUS;
    private static final Path CORPUS_GOLD = TestSets.SAMPLE_CITY.gold();
    private static final double RECALL_BAR = 0.90;
    private static final double PRECISION_BAR = 0.80;

    @Test
    void namesTheSeedReportsProjectsAndOrganisationsAsTheGoldDoes(@TempDir Path data) throws IOException {
        assumeTrue(Files.isDirectory(SEEDS.resolve("gold")), "../shared/seeds is absent; the seed part is skipped");
        List<Scored> scored = new ArrayList<>();
        try (Huibao huibao = Huibao.open(HuibaoConfig.defaults().withDataDir(data))) {
            for (Path goldFile : jsonFiles(SEEDS.resolve("gold"))) {
                String file = goldFile.getFileName().toString().replace(".json", ".txt");
                scored.add(score(huibao, SEEDS.resolve(file), file, goldFile));
            }
        }
        assertBars("Seeds", scored);
    }

    @Test
    void namesTheSampleCityProjectsAndOrganisationsAsTheGoldDoes(@TempDir Path data) throws IOException {
        List<Scored> scored = new ArrayList<>();
        try (Huibao huibao = Huibao.open(HuibaoConfig.defaults().withDataDir(data))) {
            for (Path goldFile : jsonFiles(CORPUS_GOLD)) {
                String file = new ObjectMapper().readTree(goldFile.toFile()).get("file").asText();
                scored.add(score(huibao, CORPUS.resolve(file), file, goldFile));
            }
        }
        assertEquals(13, scored.size());
        assertBars("Corpus", scored);
    }

    private static Scored score(Huibao huibao, Path path, String file, Path goldFile) throws IOException {
        JsonNode gold = new ObjectMapper().readTree(goldFile.toFile()).get("reports");
        FileOutcome outcome = huibao.read(new InputFile(path, file), ReportMetadataHints.none());
        assertTrue(outcome.ok(), () -> file + ": " + outcome.failure());
        List<ReportExtraction> reports = outcome.reports();
        assertEquals(gold.size(), reports.size(), file + ": reports");
        Scored total = Scored.EMPTY;
        for (int i = 0; i < gold.size(); i++) {
            total = total.plus(scoreReport(file + (gold.size() > 1 ? "#" + (i + 1) : ""), gold.get(i), reports.get(i)));
        }
        return total;
    }

    private static Scored scoreReport(String doc, JsonNode gold, ReportExtraction report) {
        List<String> goldProjects = names(gold.get("projects"));
        List<String> goldOrgs = names(gold.get("organizations"));
        Set<String> extracted = new LinkedHashSet<>();
        for (Entity e : report.entities()) {
            if (e.kind() != Entity.Kind.PLACE) {
                extracted.add(normal(e.name()));
            }
        }
        List<String> missed = new ArrayList<>();
        int projectsFound = found(goldProjects, extracted, missed);
        int orgsFound = found(goldOrgs, extracted, missed);
        List<String> allGold = new ArrayList<>(goldProjects);
        allGold.addAll(goldOrgs);
        List<String> wrong = new ArrayList<>();
        int right = 0;
        for (String name : extracted) {
            if (allGold.stream().anyMatch(g -> matches(g, name))) {
                right++;
            } else {
                wrong.add(name);
            }
        }
        Scored s = new Scored(goldProjects.size(), projectsFound, goldOrgs.size(), orgsFound, extracted.size(), right);
        System.out.printf("%-32s %s%n", doc, s);
        if (!missed.isEmpty()) {
            System.out.println("    missed: " + String.join(" | ", missed));
        }
        if (!wrong.isEmpty()) {
            System.out.println("    not in gold: " + String.join(" | ", wrong));
        }
        return s;
    }

    private static int found(List<String> gold, Set<String> extracted, List<String> missed) {
        int n = 0;
        for (String g : gold) {
            if (extracted.stream().anyMatch(x -> matches(g, x))) {
                n++;
            } else {
                missed.add(g);
            }
        }
        return n;
    }

    /** Same name without whitespace, or one inside the other with the shorter at least 75% of the longer. */
    static boolean matches(String a, String b) {
        String x = normal(a);
        String y = normal(b);
        if (x.equals(y)) {
            return true;
        }
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        return longer.contains(shorter) && shorter.length() * 4 >= longer.length() * 3;
    }

    private static String normal(String name) {
        return name.replaceAll("\\s+", "");
    }

    private static List<String> names(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<Path> jsonFiles(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
            files.forEach(out::add);
        }
        out.sort(null);
        return out;
    }

    private static void assertBars(String set, List<Scored> files) {
        Scored all = files.stream().reduce(Scored.EMPTY, Scored::plus);
        System.out.printf("%s overall: %s%n", set, all);
        assertTrue(all.projectRecall() >= RECALL_BAR, set + " project recall " + all.projectRecall());
        assertTrue(all.orgRecall() >= RECALL_BAR, set + " organisation recall " + all.orgRecall());
        assertTrue(all.precision() >= PRECISION_BAR, set + " precision " + all.precision());
    }

    /** Counts of one report or a sum of reports. */
    private record Scored(int goldProjects, int projectsFound, int goldOrgs, int orgsFound, int extracted, int right) {

        static final Scored EMPTY = new Scored(0, 0, 0, 0, 0, 0);

        Scored plus(Scored o) {
            return new Scored(goldProjects + o.goldProjects, projectsFound + o.projectsFound, goldOrgs + o.goldOrgs,
                    orgsFound + o.orgsFound, extracted + o.extracted, right + o.right);
        }

        double projectRecall() {
            return goldProjects == 0 ? 1 : (double) projectsFound / goldProjects;
        }

        double orgRecall() {
            return goldOrgs == 0 ? 1 : (double) orgsFound / goldOrgs;
        }

        double precision() {
            return extracted == 0 ? 1 : (double) right / extracted;
        }

        @Override
        public String toString() {
            return String.format("projects %d/%d (%.2f)  organisations %d/%d (%.2f)  precision %d/%d (%.2f)",
                    projectsFound, goldProjects, projectRecall(), orgsFound, goldOrgs, orgRecall(), right, extracted,
                    precision());
        }
    }
}
