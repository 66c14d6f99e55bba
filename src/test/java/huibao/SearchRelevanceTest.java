package huibao;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import huibao.config.HuibaoConfig;
import huibao.extract.metadata.ReportMetadataHints;
import huibao.index.ReportHit;
import huibao.index.SearchRequest;
import huibao.model.Report;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * How well search ranks, over three archives: the sample city ({@code corpus/}), the real seed
 * reports, and the first three blind sets together. The queries of {@code relevance/queries.tsv}
 * (sample city and seeds) are scored by recall@5 and MRR; every project and company the gold of
 * each archive names is searched by the distinctive part of its name, which must bring a report
 * naming it first.
 * The figures are printed; the floors keep them from sliding back. The seed tests are skipped where
 * ../shared is absent.
 */
class SearchRelevanceTest {

    static final Path CORPUS = TestSets.CORPUS;
    static final Path CORPUS_GOLD = TestSets.SAMPLE_CITY.gold();
    static final Path SEEDS = TestSets.SEEDS;
    /** The first three blind sets, searched as one archive. */
    static final List<TestSets.AnnotatedSet> HELD_OUT = List.of(TestSets.BLIND_CITY_TO_TOWN,
            TestSets.BLIND_BULLETINS_AND_SPEECH, TestSets.BLIND_CHAINS_AND_COMPILATION);
    static final Path QUERIES = Path.of("src", "test", "resources", "relevance", "queries.tsv");

    @TempDir
    static Path data;
    static Huibao corpus;
    static Huibao seeds;
    static Huibao heldOut;

    @BeforeAll
    static void ingest() throws IOException {
        corpus = archive(data.resolve("corpus"), List.of(CORPUS));
        List<Path> heldOutReports = new ArrayList<>();
        for (TestSets.AnnotatedSet set : HELD_OUT) {
            try (Stream<Path> files = Files.list(set.reports())) {
                files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(heldOutReports::add);
            }
        }
        heldOut = archive(data.resolve("held-out"), heldOutReports);
        if (Files.isDirectory(SEEDS.resolve("gold"))) {
            try (Stream<Path> files = Files.list(SEEDS)) {
                seeds = archive(data.resolve("seeds"), files.filter(p -> p.toString().endsWith(".txt")).sorted().toList());
            }
        }
    }

    private static Huibao archive(Path dir, List<Path> inputs) throws IOException {
        Huibao h = Huibao.open(HuibaoConfig.defaults().withDataDir(dir));
        IngestSummary s = h.ingest(inputs, in -> ReportMetadataHints.none(), o -> { }, false);
        assertTrue(s.failures().isEmpty(), () -> s.failures().toString());
        return h;
    }

    @AfterAll
    static void close() throws IOException {
        if (corpus != null) {
            corpus.close();
        }
        if (seeds != null) {
            seeds.close();
        }
        if (heldOut != null) {
            heldOut.close();
        }
    }

    @Test
    void sampleCityQueriesFindTheReportsThatAnswerThem() throws IOException {
        RelevanceScore score = score("corpus", corpus);
        assertTrue(score.queries() >= 30, "queries in the corpus set: " + score.queries());
        assertTrue(score.recallAt5() >= 0.95, "corpus recall@5 " + score.recallAt5());
        assertTrue(score.mrr() >= 0.95, "corpus MRR " + score.mrr());
    }

    @Test
    void seedQueriesFindTheReportsThatAnswerThem() throws IOException {
        assumeTrue(seeds != null, "../shared/seeds is absent; the seed queries are skipped");
        RelevanceScore score = score("seeds", seeds);
        assertTrue(score.queries() >= 20, "queries in the seed set: " + score.queries());
        assertTrue(score.recallAt5() >= 0.95, "seed recall@5 " + score.recallAt5());
        assertTrue(score.mrr() >= 0.95, "seed MRR " + score.mrr());
    }

    @Test
    void everySeedProjectAndCompanyBringsAReportNamingItFirst() throws IOException {
        assumeTrue(seeds != null, "../shared/seeds is absent; the seed names are skipped");
        EntityRecall recall = entityRecall("seeds", seeds, List.of(SEEDS.resolve("gold")));
        assertEquals(List.of(), recall.misses());
    }

    @Test
    void everySampleCityProjectAndCompanyBringsAReportNamingItFirst() throws IOException {
        EntityRecall recall = entityRecall("corpus", corpus, List.of(CORPUS_GOLD));
        assertEquals(List.of(), recall.misses());
    }

    @Test
    void everyProjectAndCompanyOfTheFirstThreeBlindSetsBringsAReportNamingItFirst() throws IOException {
        EntityRecall recall = entityRecall("held-out", heldOut, HELD_OUT.stream().map(TestSets.AnnotatedSet::gold).toList());
        assertEquals(List.of(), recall.misses());
    }

    private static RelevanceScore score(String set, Huibao archive) throws IOException {
        RelevanceScore score = new RelevanceScore(set);
        for (String line : Files.readAllLines(QUERIES, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("set\t")) {
                continue;
            }
            String[] cells = line.split("\t");
            if (cells[0].equals(set)) {
                List<ReportHit> hits = archive.search(SearchRequest.of(cells[1]).withLimit(20)).hits();
                score.add(cells[1], hits, Set.of(cells[2].split("\\|")));
            }
        }
        score.print(System.out);
        return score;
    }

    /**
     * Recall@1 of the projects and of the organisations the gold annotates.
     *
     * @param found    names whose search brought a report naming them first, by kind
     * @param total    names searched, by kind
     * @param shared   "kind name → query: first hit" for each name whose first hit names it by the
     *                 searched part only, which another report's name holds too (鑫阜新型建材 for the
     *                 鑫阜新型建材项目 of another report): right, but not the annotated form
     * @param misses   the same for each name whose first hit does not name it at all
     */
    record EntityRecall(Map<String, Integer> found, Map<String, Integer> total, List<String> shared,
                        List<String> misses) {
    }

    /**
     * Searches the distinctive part of every name in the gold's "projects" and "organizations"
     * lists. A report names an entity when its text holds the name as annotated or the part
     * searched (德锐汽车电子产业园 names the 德锐汽车电子产业园项目 another report annotates); when
     * several do, any of them first is right.
     */
    private static EntityRecall entityRecall(String set, Huibao archive, List<Path> gold) throws IOException {
        List<Report> reports = archive.reports();
        DistinctiveNames names = DistinctiveNames.load();
        Map<String, Integer> found = new LinkedHashMap<>();
        Map<String, Integer> total = new LinkedHashMap<>();
        List<String> shared = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        for (Map.Entry<String, Set<String>> kind : goldNames(gold).entrySet()) {
            for (String name : kind.getValue()) {
                String query = names.of(name);
                Set<String> inFull = new LinkedHashSet<>();
                Set<String> naming = new LinkedHashSet<>();
                for (Report r : reports) {
                    String text = folded(r.text());
                    if (text.contains(folded(name))) {
                        inFull.add(r.doc());
                    }
                    if (text.contains(folded(name)) || text.contains(folded(query))) {
                        naming.add(r.doc());
                    }
                }
                assertTrue(!inFull.isEmpty(), () -> "no indexed report holds the annotated name " + name);
                List<ReportHit> hits = archive.search(SearchRequest.of(query).withLimit(1)).hits();
                total.merge(kind.getKey(), 1, Integer::sum);
                String first = hits.isEmpty() ? null : hits.get(0).doc();
                String line = kind.getKey() + " " + name + " → " + query + ": "
                        + (first == null ? "no hit" : RelevanceScore.name(hits.get(0))) + ", annotated in "
                        + inFull.stream().map(d -> Path.of(d).getFileName().toString()).toList();
                if (naming.contains(first)) {
                    found.merge(kind.getKey(), 1, Integer::sum);
                    if (!inFull.contains(first)) {
                        shared.add(line);
                    }
                } else {
                    misses.add(line);
                }
            }
        }
        System.out.printf("Names of the %s set searched by their distinctive part, a report naming them first:%n", set);
        total.forEach((kind, n) -> System.out.printf("  %s found first %d/%d%n", kind, found.getOrDefault(kind, 0), n));
        shared.forEach(m -> System.out.println("  named by the searched part in another report: " + m));
        misses.forEach(m -> System.out.println("  miss: " + m));
        return new EntityRecall(found, total, shared, misses);
    }

    /** The distinct names of the "projects" and "organizations" lists over all files of the gold folders. */
    private static Map<String, Set<String>> goldNames(List<Path> golds) throws IOException {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        out.put("projects", new LinkedHashSet<>());
        out.put("organizations", new LinkedHashSet<>());
        ObjectMapper json = new ObjectMapper();
        for (Path gold : golds) {
            try (Stream<Path> files = Files.list(gold)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    for (JsonNode r : json.readTree(p.toFile()).get("reports")) {
                        for (String kind : out.keySet()) {
                            JsonNode list = r.get(kind);
                            if (list != null) {
                                list.forEach(n -> out.get(kind).add(n.asText()));
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Text as cleaning leaves it, for finding an annotated name: no spaces, ASCII brackets. */
    private static String folded(String s) {
        return s.replaceAll("\\s+", "").replace('（', '(').replace('）', ')');
    }
}
