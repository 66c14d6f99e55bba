package huibao;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import huibao.model.Fact;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Scores extracted facts against hand annotations the way {@code shared/tools/score-facts.py}
 * does: a fact matches a gold fact of the same file when both have the same base unit and base
 * value (or are both redacted), pairs are made in reading order within each key, and a matched
 * pair is attributed right when indicator and measure agree (gold facts of indicator `other`
 * are not counted for attribution).
 */
final class GoldScore {

    /**
     * The totals.
     *
     * @param gold       gold facts
     * @param system     extracted facts
     * @param matched    pairs made
     * @param attributed matched pairs whose gold indicator is not `other`
     * @param attrRight  of those, pairs whose indicator and measure agree
     * @param redacted   redacted gold facts
     * @param redactedOk of those, matched
     */
    record Totals(int gold, int system, int matched, int attributed, int attrRight, int redacted, int redactedOk) {

        double precision() {
            return system == 0 ? 0 : (double) matched / system;
        }

        double recall() {
            return gold == 0 ? 0 : (double) matched / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        double attribution() {
            return attributed == 0 ? 1 : (double) attrRight / attributed;
        }

        double redactedRecall() {
            return redacted == 0 ? 1 : (double) redactedOk / redacted;
        }

        Totals plus(Totals o) {
            return new Totals(gold + o.gold, system + o.system, matched + o.matched, attributed + o.attributed,
                    attrRight + o.attrRight, redacted + o.redacted, redactedOk + o.redactedOk);
        }

        @Override
        public String toString() {
            return String.format("quantity_precision=%.3f quantity_recall=%.3f quantity_f1=%.3f attribution=%.3f "
                    + "redacted_recall=%.3f (gold %d, extracted %d, matched %d)", precision(), recall(), f1(),
                    attribution(), redactedRecall(), gold, system, matched);
        }
    }

    private record Key(String baseUnit, String value) {
    }

    private record GoldFact(Key key, String indicator, String measure) {
    }

    private final Map<String, List<GoldFact>> goldByFile = new LinkedHashMap<>();

    private GoldScore() {
    }

    /** Reads every gold JSON file of {@code dir} (the shapes {"file", "reports"} and {"id", "facts"}). */
    static GoldScore load(Path dir) throws IOException {
        GoldScore score = new GoldScore();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode g = json.readTree(p.toFile());
                String file;
                List<JsonNode> facts = new ArrayList<>();
                if (g.has("reports")) {
                    file = g.get("file").asText();
                    g.get("reports").forEach(r -> r.path("facts").forEach(facts::add));
                } else {
                    file = g.get("id").asText() + ".txt";
                    g.path("facts").forEach(facts::add);
                }
                List<GoldFact> list = new ArrayList<>();
                for (JsonNode f : facts) {
                    boolean threshold = false;
                    for (JsonNode flag : f.path("flags")) {
                        threshold |= "threshold".equals(flag.asText());
                    }
                    if (!threshold) {
                        list.add(new GoldFact(key(f.path("base_unit").asText(null), f.path("redacted").asBoolean(),
                                f.path("base_value").isNull() ? null : f.path("base_value").decimalValue()),
                                f.path("indicator").asText(), f.path("measure").asText()));
                    }
                }
                score.goldByFile.put(file, list);
            }
        }
        return score;
    }

    /** Scores {@code facts} (of any files; matched to gold by file name) and prints a table to {@code out}. */
    Totals score(List<Fact> facts, PrintStream out) {
        Map<String, List<Fact>> byFile = new HashMap<>();
        for (Fact f : facts) {
            String file = Path.of(f.doc().replaceAll("#\\d+$", "")).getFileName().toString();
            byFile.computeIfAbsent(file, k -> new ArrayList<>()).add(f);
        }
        Totals total = new Totals(0, 0, 0, 0, 0, 0, 0);
        out.printf("%-34s %5s %5s %5s %6s %6s %6s%n", "file", "gold", "sys", "match", "P", "R", "attr");
        for (Map.Entry<String, List<GoldFact>> e : goldByFile.entrySet()) {
            List<Fact> sys = new ArrayList<>(byFile.getOrDefault(e.getKey(), List.of()));
            sys.sort(Comparator.comparing(Fact::doc).thenComparingInt(f -> f.span().start()));
            Totals t = scoreFile(e.getValue(), sys);
            out.printf("%-34s %5d %5d %5d %6.3f %6.3f %6.3f%n", e.getKey(), t.gold, t.system, t.matched, t.precision(),
                    t.recall(), t.attribution());
            total = total.plus(t);
        }
        out.println(total);
        return total;
    }

    private static Totals scoreFile(List<GoldFact> gold, List<Fact> sys) {
        Map<Key, List<GoldFact>> g = new LinkedHashMap<>();
        for (GoldFact f : gold) {
            g.computeIfAbsent(f.key, k -> new ArrayList<>()).add(f);
        }
        Map<Key, List<Fact>> s = new HashMap<>();
        for (Fact f : sys) {
            s.computeIfAbsent(key(f.baseUnit().id(), f.redacted(), f.baseValue()), k -> new ArrayList<>()).add(f);
        }
        int matched = 0;
        int attributed = 0;
        int right = 0;
        int redacted = 0;
        int redactedOk = 0;
        for (Map.Entry<Key, List<GoldFact>> e : g.entrySet()) {
            List<Fact> found = s.getOrDefault(e.getKey(), List.of());
            int pairs = Math.min(found.size(), e.getValue().size());
            matched += pairs;
            if ("REDACTED".equals(e.getKey().value)) {
                redacted += e.getValue().size();
                redactedOk += pairs;
            }
            for (int i = 0; i < pairs; i++) {
                GoldFact gf = e.getValue().get(i);
                if ("other".equals(gf.indicator)) {
                    continue;
                }
                attributed++;
                Fact sf = found.get(i);
                if (gf.indicator.equals(sf.indicator()) && gf.measure.equals(sf.measure().id())) {
                    right++;
                }
            }
        }
        return new Totals(gold.size(), sys.size(), matched, attributed, right, redacted, redactedOk);
    }

    private static Key key(String baseUnit, boolean redacted, BigDecimal value) {
        if (redacted) {
            return new Key(baseUnit, "REDACTED");
        }
        if (value == null) {
            return new Key(baseUnit, null);
        }
        return new Key(baseUnit, value.round(new MathContext(12)).stripTrailingZeros().toPlainString());
    }
}
