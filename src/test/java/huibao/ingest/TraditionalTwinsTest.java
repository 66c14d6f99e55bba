package huibao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.hankcs.hanlp.HanLP;
import huibao.extract.Extractor;
import huibao.extract.metadata.ReportMetadataHints;
import huibao.model.Fact;
import huibao.model.ReportExtraction;
import huibao.model.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report converted to traditional characters by HanLP's converter, as public copies of mainland
 * reports are, gives the facts of its simplified original: the same values, units, indicators,
 * measures, regions and periods; so does one converted with Hong Kong's forms, and one converted with
 * Taiwan's words (HanLP's s2tw: 项目 by 專案, 信息 by 資訊), which change length. On the corpus and on the
 * seeds (skipped without {@code ../shared/seeds}); each report's differences are printed before the
 * test fails.
 */
class TraditionalTwinsTest {

    private static ReportReader reader;
    private static Extractor extractor;

    @TempDir
    static Path folder;

    @BeforeAll
    static void load() {
        reader = new ReportReader(Cleaning.DICTIONARIES);
        extractor = Extractor.load(Cleaning.DICTIONARIES);
    }

    @Test
    void aCorpusReportInTraditionalCharactersGivesTheFactsOfItsSimplifiedOriginal() throws Exception {
        assertTwins(files(Path.of("corpus")));
    }

    @Test
    void aSeedReportInTraditionalCharactersGivesTheFactsOfItsSimplifiedOriginal() throws Exception {
        assumeTrue(Files.isDirectory(Seeds.DIR), "../shared/seeds is absent");
        assertTwins(Seeds.all());
    }

    @Test
    void aCorpusReportInHongKongCharactersGivesTheFactsOfItsSimplifiedOriginal() throws Exception {
        assertTwins(files(Path.of("corpus")), HanLP::s2hk, "Hong Kong");
    }

    @Test
    void aCorpusReportWithTaiwanWordFormsGivesTheFactsOfItsSimplifiedOriginal() throws Exception {
        assertTwins(files(Path.of("corpus")), HanLP::s2tw, "Taiwan");
    }

    @Test
    void aSeedReportWithTaiwanWordFormsGivesTheFactsOfItsSimplifiedOriginal() throws Exception {
        assumeTrue(Files.isDirectory(Seeds.DIR), "../shared/seeds is absent");
        assertTwins(Seeds.all(), HanLP::s2tw, "Taiwan");
    }

    private static void assertTwins(List<Path> reports) throws Exception {
        assertTwins(reports, HanLP::convertToTraditionalChinese, "mainland");
    }

    private static void assertTwins(List<Path> reports, UnaryOperator<String> convert, String forms)
            throws Exception {
        int facts = 0;
        int differing = 0;
        List<String> lines = new ArrayList<>();
        for (Path report : reports) {
            String name = report.getFileName().toString();
            SourceText simplified = reader.read(report, name);
            Path twin = folder.resolve(name + ".tc.txt");
            String traditional = convert.apply(simplified.text());
            assertTrue(TraditionalScriptFolder.isTraditional(traditional), name + " was not converted");
            Files.writeString(twin, traditional, StandardCharsets.UTF_8);
            List<String> original = facts(simplified);
            List<String> converted = facts(reader.read(twin, name));
            facts += original.size();
            List<String> lost = minus(original, converted);
            List<String> gained = minus(converted, original);
            differing += lost.size() + gained.size();
            if (!lost.isEmpty() || !gained.isEmpty()) {
                lines.add(name + ": " + original.size() + " facts, lost " + lost + ", gained " + gained);
            }
        }
        System.out.println("traditional twins (" + forms + " forms): " + reports.size() + " reports, " + facts
                + " facts, " + differing + " differences");
        lines.forEach(System.out::println);
        assertTrue(facts > 0, "no facts read");
        assertEquals(List.of(), lines, "facts that differ between a report and its traditional twin");
    }

    /** Each fact as the value, unit, indicator and measure it gives, in the order of the text. */
    private static List<String> facts(SourceText source) {
        List<String> out = new ArrayList<>();
        for (ReportExtraction extraction : extractor.extract(source, ReportMetadataHints.none())) {
            for (Fact f : extraction.facts()) {
                out.add(f.text() + " " + f.value() + (f.valueMax() == null ? "" : "-" + f.valueMax()) + " "
                        + f.unit() + " " + f.indicator() + " " + f.measure() + " " + f.region() + " " + f.period());
            }
        }
        return out;
    }

    /** The items of {@code a} left after taking away one for each in {@code b}. */
    private static List<String> minus(List<String> a, List<String> b) {
        Map<String, Integer> left = new HashMap<>();
        b.forEach(s -> left.merge(s, 1, Integer::sum));
        List<String> out = new ArrayList<>();
        for (String s : a) {
            if (left.getOrDefault(s, 0) > 0) {
                left.merge(s, -1, Integer::sum);
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(ReportReader::isCandidate).sorted().toList();
        }
    }
}
