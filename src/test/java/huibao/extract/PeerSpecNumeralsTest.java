package huibao.extract;

import huibao.text.ChineseNumerals;
import huibao.text.PercentReader;
import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Runs huibao's numeral and percent reading against the Chinese test specifications of
 * Microsoft Recognizers-Text (shared/data/peer-specs, MIT; see shared/data/SOURCES.md).
 *
 * <p>A case applies when it expects exactly one result whose text is the whole input, and it
 * is not one of the idioms foreign to reports listed below. The bar is 95% of the applicable
 * cases, for numbers and for percents each. Expected values are compared with
 * {@link BigDecimal#compareTo}; when the peer writes a non-terminating quotient as a double
 * (15 or more significant digits, e.g. 350.333333333333), huibao's value is first rounded to
 * that many digits.
 *
 * <p>The peer counts percentage points as percents ("12个百分点" = 12%); huibao keeps them
 * apart, so such a case passes when {@link PercentReader#parsePoints} reads the value and
 * {@link PercentReader#parse} refuses it.
 */
class PeerSpecNumeralsTest {

    private static final Path PEER_SPECS = Path.of("..", "shared", "data", "peer-specs");
    private static final BigDecimal BAR = new BigDecimal("0.95");
    private static final int DOUBLE_DIGITS = 15;

    private static final String DOZEN = "打 (a dozen) counts goods, never a report's figure";
    private static final String EXPONENT = "exponent notation is not written in narrative reports";
    private static final String LATIN_K = "a Latin k for thousand is not written in Chinese reports "
            + "(and 10kV, 110kV are voltages)";
    private static final String DISCOUNT = "折 is a price discount, not a share of a whole";

    /** NumberModel cases that huibao does not read, with the reason. */
    static final Map<String, String> SKIPPED_NUMBERS = Map.ofEntries(
            entry("一打", DOZEN),
            entry("壹打", DOZEN),
            entry("五十打", DOZEN),
            entry("半百", "半百 is an idiom of age (年过半百), not a figure"),
            entry("40k", LATIN_K),
            entry("2^5", EXPONENT),
            entry("2^-1", EXPONENT),
            entry("2.5^-1", EXPONENT),
            entry("-2.5^-1", EXPONENT),
            entry("1.1^+23", EXPONENT),
            entry("-1.1^+23", EXPONENT),
            entry("-1.1^--23", EXPONENT),
            entry("2e5", EXPONENT),
            entry("-1e1", EXPONENT),
            entry("-12e-1", EXPONENT),
            entry("-127.32e13", EXPONENT),
            entry("12.32e+14", EXPONENT));

    /** PercentModel cases that huibao does not read, with the reason. */
    static final Map<String, String> SKIPPED_PERCENTS = Map.ofEntries(
            entry("陆 点 五 折", DISCOUNT),
            entry("陸 點 五 折", DISCOUNT),
            entry("7 2 折", DISCOUNT),
            entry("75折", DISCOUNT),
            entry("9.9折", DISCOUNT),
            entry("九 九 折", DISCOUNT),
            entry("三点一折", DISCOUNT),
            entry("三點一折", DISCOUNT),
            entry("半折", DISCOUNT),
            entry("两折", DISCOUNT),
            entry("兩折", DISCOUNT),
            entry("三八折", DISCOUNT),
            entry("2折", DISCOUNT),
            entry("五折", DISCOUNT),
            entry("百分之3.2k", LATIN_K),
            entry("12k个百分点", LATIN_K),
            entry("12k個百分點", LATIN_K));

    @Test
    void readsNinetyFivePercentOfThePeersWholeNumerals() throws IOException {
        Score score = run("NumberModel.json", SKIPPED_NUMBERS, PeerSpecNumeralsTest::readNumber);
        score.print("numbers");
        score.assertBar("numbers");
    }

    @Test
    void readsNinetyFivePercentOfThePeersWholePercents() throws IOException {
        Score score = run("PercentModel.json", SKIPPED_PERCENTS, PeerSpecNumeralsTest::readPercent);
        score.print("percents");
        score.assertBar("percents");
    }

    @Test
    void everySkippedCaseIsAWholeInputCaseOfThePeer() throws IOException {
        assertEquals(List.of(), missing("NumberModel.json", SKIPPED_NUMBERS));
        assertEquals(List.of(), missing("PercentModel.json", SKIPPED_PERCENTS));
    }

    private static Optional<BigDecimal> readNumber(String input) {
        try {
            return Optional.of(ChineseNumerals.parse(input));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<BigDecimal> readPercent(String input) {
        if (input.replaceAll("\\s", "").matches(".*[个個]?百分[点點]")) {
            return PercentReader.parse(input).isPresent() ? Optional.empty() : PercentReader.parsePoints(input);
        }
        return PercentReader.parse(input);
    }

    private static Score run(String file, Map<String, String> skipped,
            Function<String, Optional<BigDecimal>> reader) throws IOException {
        Score score = new Score();
        for (JsonNode c : wholeInputCases(file)) {
            String input = c.get("Input").asText().strip();
            if (skipped.containsKey(input)) {
                score.skipped++;
                continue;
            }
            score.applicable++;
            String written = c.get("Results").get(0).get("Resolution").get("value").asText();
            BigDecimal expected = new BigDecimal(written.replace("%", ""));
            Optional<BigDecimal> actual = reader.apply(input);
            if (actual.isPresent() && sameValue(expected, actual.get())) {
                score.passed++;
            } else {
                score.failures.add(input + " expected " + written + " got " + actual.map(BigDecimal::toPlainString).orElse("nothing"));
            }
        }
        return score;
    }

    private static boolean sameValue(BigDecimal expected, BigDecimal actual) {
        if (expected.stripTrailingZeros().precision() >= DOUBLE_DIGITS) {
            return expected.compareTo(actual.round(new MathContext(expected.precision()))) == 0;
        }
        return expected.compareTo(actual) == 0;
    }

    private static List<String> missing(String file, Map<String, String> skipped) throws IOException {
        List<String> inputs = wholeInputCases(file).stream().map(c -> c.get("Input").asText().strip()).toList();
        return skipped.keySet().stream().filter(k -> !inputs.contains(k)).sorted().toList();
    }

    /** Cases with one expected result whose text is the whole (stripped) input. */
    static List<JsonNode> wholeInputCases(String file) throws IOException {
        Path path = PEER_SPECS.resolve(file);
        assumeTrue(Files.isRegularFile(path), "peer specs not present at " + path.toAbsolutePath());
        JsonNode cases = new ObjectMapper().readTree(Files.readAllBytes(path));
        List<JsonNode> whole = new ArrayList<>();
        for (JsonNode c : cases) {
            JsonNode results = c.get("Results");
            if (results != null && results.size() == 1
                    && results.get(0).get("Text").asText().strip().equals(c.get("Input").asText().strip())) {
                whole.add(c);
            }
        }
        return whole;
    }

    private static final class Score {
        int applicable;
        int passed;
        int skipped;
        final List<String> failures = new ArrayList<>();

        void print(String what) {
            System.out.println("peer-spec " + what + ": passed " + passed + " of " + applicable
                    + " applicable (" + skipped + " skipped)");
            failures.forEach(f -> System.out.println("  failed: " + f));
        }

        void assertBar(String what) {
            assertTrue(applicable > 0, "no applicable peer-spec " + what);
            assertTrue(BigDecimal.valueOf(passed).compareTo(BAR.multiply(BigDecimal.valueOf(applicable))) >= 0,
                    "peer-spec " + what + ": passed " + passed + " of " + applicable + ", below 95%; failures: " + failures);
        }
    }
}
