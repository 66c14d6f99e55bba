package huibao.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import huibao.TestSets;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The hand-made gold of the corpus fits the sources it annotates, the planted problems point at
 * real corpus documents, and the sample regions resolve every reporting region of the corpus.
 */
class SampleCityGoldTest {

    private static final Path ROOT = CorpusBuilderTest.ROOT;
    private static final Path GOLD = ROOT.resolve(TestSets.SAMPLE_CITY.gold());
    private static final Path SET = CorpusBuilderTest.SET;
    private static final Path REPORTS = CorpusBuilderTest.REPORTS;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyGoldFactSitsAtItsOffsetInTheUtf8Source() throws IOException {
        int facts = 0;
        for (JsonNode gold : golds()) {
            String source = Files.readString(ROOT.resolve(gold.get("source").asText()), StandardCharsets.UTF_8);
            for (JsonNode report : gold.get("reports")) {
                int previous = -1;
                for (JsonNode f : report.get("facts")) {
                    String text = f.get("text").asText();
                    int at = source.offsetByCodePoints(0, f.get("offset").asInt());
                    assertTrue(source.startsWith(text, at), gold.get("file").asText() + ": " + text + " at " + at);
                    assertTrue(at > previous, gold.get("file").asText() + ": facts in reading order at " + text);
                    previous = at;
                    facts++;
                }
            }
        }
        assertTrue(facts > 400, "the corpus gold holds " + facts + " facts");
    }

    @Test
    void redactedFactsHaveNoValueAndOthersConvertExactly() throws IOException {
        Map<String, BigDecimal> factor = Map.of("亿元", new BigDecimal("1e8"), "亿美元", new BigDecimal("1e8"),
                "万美元", new BigDecimal("1e4"), "万平方米", new BigDecimal("1e4"), "倍", new BigDecimal(100),
                "番", new BigDecimal(100));
        for (JsonNode gold : golds()) {
            for (JsonNode report : gold.get("reports")) {
                for (JsonNode f : report.get("facts")) {
                    String where = gold.get("file").asText() + ": " + f.get("text").asText();
                    if (f.get("redacted").asBoolean()) {
                        assertTrue(f.get("value").isNull() && f.get("base_value").isNull(), where);
                        continue;
                    }
                    BigDecimal value = f.get("value").decimalValue();
                    BigDecimal base = f.get("base_value").decimalValue();
                    String unit = f.get("unit").isNull() ? "" : f.get("unit").asText();
                    assertEquals(0, value.multiply(factor.getOrDefault(unit, BigDecimal.ONE)).compareTo(base), where);
                }
            }
        }
    }

    @Test
    void everyCorpusFileHasGoldNamingIt() throws IOException {
        Set<String> named = new HashSet<>();
        for (JsonNode gold : golds()) {
            named.add(gold.get("file").asText());
        }
        try (Stream<Path> s = Files.list(CorpusBuilderTest.CORPUS)) {
            assertEquals(named, new HashSet<>(s.map(p -> p.getFileName().toString()).toList()));
        }
    }

    @Test
    void plantedProblemsPointAtCorpusReports() throws IOException {
        Map<String, Integer> reports = new HashMap<>();
        for (JsonNode gold : golds()) {
            reports.put(gold.get("file").asText(), gold.get("reports").size());
        }
        int toReport = 0;
        for (String line : Files.readAllLines(SET.resolve("planted.tsv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.startsWith("id\t")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            assertEquals(8, c.length, line);
            String[] doc = c[2].split("#");
            assertTrue(reports.containsKey(doc[0]), "no corpus file " + doc[0]);
            if (doc.length == 2) {
                int n = Integer.parseInt(doc[1]);
                assertTrue(n >= 1 && n <= reports.get(doc[0]), c[2]);
            }
            assertTrue(c[6].equals("true") || c[6].equals("false"), line);
            toReport += c[6].equals("false") ? 1 : 0;
        }
        assertEquals(20, toReport, "fourteen planted problems and six redacted figures");
    }

    @Test
    void sampleRegionsResolveEveryReportingRegion() throws IOException {
        Map<String, String> codeByName = new HashMap<>();
        List<String> rows = new ArrayList<>();
        for (String line : Files.readAllLines(ROOT.resolve("dictionaries/regions-sample.tsv"), StandardCharsets.UTF_8)) {
            if (!line.startsWith("#") && !line.isBlank()) {
                rows.add(line);
            }
        }
        assertEquals("code\tname\tlevel\tparent_code\tshort_names\tstatus\tsuccessor_codes", rows.get(0));
        for (String row : rows.subList(1, rows.size())) {
            String[] c = row.split("\t", -1);
            assertTrue(c[0].matches("3217\\d\\d"), row);
            codeByName.put(c[1], c[0]);
        }
        for (JsonNode gold : golds()) {
            for (JsonNode report : gold.get("reports")) {
                String region = report.get("region").asText();
                assertTrue(codeByName.containsKey(region), gold.get("file").asText() + ": " + region);
            }
        }
    }

    @Test
    void trackedProjectsAppearWhereListedAndInTheirReportsGold() throws IOException {
        Map<String, String> sourceOf = new HashMap<>();
        for (CorpusManifest.Entry e : CorpusManifest.read(SET).entries()) {
            sourceOf.put(e.output(), e.source());
        }
        Map<String, JsonNode> goldOf = new HashMap<>();
        for (JsonNode gold : golds()) {
            goldOf.put(gold.get("file").asText(), gold);
        }
        Set<String> stages = Set.of("在谈", "签约", "开工", "在建", "竣工投产");
        for (String line : Files.readAllLines(SET.resolve("tracked-projects.tsv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.startsWith("project\t")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            String[] doc = c[1].split("#");
            String source = Files.readString(REPORTS.resolve(sourceOf.get(doc[0])), StandardCharsets.UTF_8);
            int at = source.offsetByCodePoints(0, Integer.parseInt(c[4]));
            assertTrue(source.startsWith(c[2], at), line);
            assertTrue(source.contains(c[5]) && c[5].contains(c[2]), line);
            assertTrue(stages.contains(c[3]), line);
            JsonNode report = goldOf.get(doc[0]).get("reports").get(doc.length == 2 ? Integer.parseInt(doc[1]) - 1 : 0);
            List<String> projects = new ArrayList<>();
            report.get("projects").forEach(p -> projects.add(p.asText()));
            assertTrue(projects.contains(c[2]), c[2] + " missing from the gold projects of " + c[1]);
        }
    }

    private static List<JsonNode> golds() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(GOLD)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                out.add(JSON.readTree(p.toFile()));
            }
        }
        return out;
    }
}
