package huibao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import huibao.config.Dictionaries;
import huibao.extract.metadata.ReportMetadataHints;
import huibao.ingest.ReportReader;
import huibao.model.BaseUnit;
import huibao.model.Fact;
import huibao.model.Problem;
import huibao.model.ReportExtraction;
import huibao.model.SourceText;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The peer's numeral and percent cases (shared/data/peer-specs, see {@link PeerSpecNumeralsTest}
 * for which apply) read inside a sentence, through the path {@code huibao extract} takes: each
 * sentence is written to a file, read and cleaned by {@link ReportReader} and extracted by
 * {@link Extractor}. Numbers stand in 全市新签约项目{numeral}个。 and percents in
 * 实际到位资金同比增长{percent}。
 *
 * <p>A case is right when the sentence gives one fact whose base value is the peer's value (in
 * count for numbers, in percent or, for 个百分点, in percentage points); unreadable when it gives
 * no fact and an {@link Problem.Kind#UNREADABLE_FIGURE} problem; missed when it gives neither;
 * wrong otherwise. The bars: at least 95% right, and no wrong value at all.
 *
 * <p>Tenths told by 成 (三成, 七成六, 三成半) are percents to the peer, to {@link
 * huibao.text.PercentReader} and, since issue 10 made shares in 成 facts, to the contract: they are
 * applicable cases like any other.
 */
class PeerSpecSentencesTest {

    private static final BigDecimal BAR = new BigDecimal("0.95");
    private static final int DOUBLE_DIGITS = 15;

    private static ReportReader reader;
    private static Extractor extractor;

    @TempDir
    static Path folder;

    @BeforeAll
    static void load() {
        Dictionaries dictionaries = Dictionaries.of(Path.of("dictionaries"));
        reader = new ReportReader(dictionaries);
        extractor = Extractor.load(dictionaries);
    }

    @Test
    void readsThePeersNumbersInsideASentence() throws Exception {
        Score score = run("NumberModel.json", PeerSpecNumeralsTest.SKIPPED_NUMBERS, "全市新签约项目%s个。",
                Set.of(BaseUnit.COUNT));
        score.print("numbers in 全市新签约项目…个。");
        score.assertBars("numbers");
    }

    @Test
    void readsThePeersPercentsInsideASentence() throws Exception {
        Score score = run("PercentModel.json", PeerSpecNumeralsTest.SKIPPED_PERCENTS, "实际到位资金同比增长%s。",
                Set.of(BaseUnit.PERCENT, BaseUnit.PP));
        score.print("percents in 实际到位资金同比增长…。");
        score.assertBars("percents");
    }

    private static Score run(String file, Map<String, String> skipped, String frame, Set<BaseUnit> bases)
            throws Exception {
        Score score = new Score();
        int n = 0;
        for (JsonNode c : PeerSpecNumeralsTest.wholeInputCases(file)) {
            String input = c.get("Input").asText().strip();
            if (skipped.containsKey(input)) {
                continue;
            }
            String sentence = String.format(frame, input);
            score.applicable++;
            String written = c.get("Results").get(0).get("Resolution").get("value").asText();
            BigDecimal expected = new BigDecimal(written.replace("%", ""));
            ReportExtraction x = extract(sentence, file + "-" + (n++) + ".txt");
            List<Fact> facts = x.facts();
            boolean unreadable = x.problems().stream().anyMatch(p -> p.kind() == Problem.Kind.UNREADABLE_FIGURE);
            if (facts.isEmpty()) {
                if (unreadable) {
                    score.unreadable.add(sentence);
                } else {
                    score.missed.add(sentence);
                }
            } else if (facts.size() == 1 && bases.contains(facts.get(0).baseUnit())
                    && facts.get(0).baseValue() != null && sameValue(expected, facts.get(0).baseValue())) {
                score.right++;
            } else {
                score.wrong.add(sentence + " expected " + written + " got " + facts.stream()
                        .map(f -> f.text() + "=" + (f.baseValue() == null ? "null" : f.baseValue().toPlainString())
                                + " " + f.baseUnit())
                        .toList());
            }
        }
        return score;
    }

    private static ReportExtraction extract(String sentence, String name) throws Exception {
        Path path = folder.resolve(name);
        Files.writeString(path, sentence + "\n", StandardCharsets.UTF_8);
        SourceText source = reader.read(path, name);
        List<ReportExtraction> all = extractor.extract(source, ReportMetadataHints.none());
        assertEquals(1, all.size(), "reports in " + sentence);
        return all.get(0);
    }

    private static boolean sameValue(BigDecimal expected, BigDecimal actual) {
        if (expected.stripTrailingZeros().precision() >= DOUBLE_DIGITS) {
            return expected.compareTo(actual.round(new MathContext(expected.precision()))) == 0;
        }
        return expected.compareTo(actual) == 0;
    }

    private static final class Score {
        int applicable;
        int right;
        final List<String> wrong = new ArrayList<>();
        final List<String> unreadable = new ArrayList<>();
        final List<String> missed = new ArrayList<>();

        void print(String what) {
            System.out.println("peer-spec sentences, " + what + ": passed " + right + " of " + applicable
                    + " applicable; wrong values " + wrong.size() + ", unreadable " + unreadable.size()
                    + ", missed " + missed.size());
            wrong.forEach(w -> System.out.println("  wrong: " + w));
            unreadable.forEach(w -> System.out.println("  unreadable: " + w));
            missed.forEach(w -> System.out.println("  missed: " + w));
        }

        void assertBars(String what) {
            assertTrue(applicable > 0, "no applicable peer-spec " + what);
            assertEquals(List.of(), wrong, "peer-spec " + what + " read as a fact with another value");
            assertTrue(BigDecimal.valueOf(right).compareTo(BAR.multiply(BigDecimal.valueOf(applicable))) >= 0,
                    "peer-spec " + what + ": " + right + " of " + applicable + " right, below 95%");
        }
    }
}
