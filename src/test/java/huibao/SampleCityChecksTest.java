package huibao;

import huibao.config.HuibaoConfig;
import huibao.extract.metadata.ReportMetadataHints;
import huibao.ingest.InputFile;
import huibao.model.Fact;
import huibao.model.Finding;
import huibao.model.Report;
import huibao.model.ReportExtraction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The checks over the sample corpus against its planted problems (src/test/resources/sets/sample-city/
 * planted.tsv, computed with exact decimals from the hand-typed gold): every planted problem and gap
 * is found, no relation planted to hold is flagged, and nothing else is reported as an error.
 */
class SampleCityChecksTest {

    /** The findings a planted row of each kind may be reported as. */
    private static final Map<String, Set<Finding.Kind>> KINDS = Map.ofEntries(
            Map.entry("conflict", Set.of(Finding.Kind.CONFLICT)),
            Map.entry("cross_conflict", Set.of(Finding.Kind.CONFLICT)),
            Map.entry("completion", Set.of(Finding.Kind.COMPLETION)),
            Map.entry("list_sum", Set.of(Finding.Kind.LIST_SUM)),
            Map.entry("count_percent", Set.of(Finding.Kind.SHARE, Finding.Kind.RATIO)),
            Map.entry("sum", Set.of(Finding.Kind.PARTS_SUM, Finding.Kind.TABLE_SUM)),
            Map.entry("yoy", Set.of(Finding.Kind.YOY, Finding.Kind.IMPLAUSIBLE)),
            Map.entry("share", Set.of(Finding.Kind.SHARE)),
            Map.entry("rounding_ok", Set.of(Finding.Kind.SHARE, Finding.Kind.COMPLETION, Finding.Kind.YOY)),
            Map.entry("growth_mix", Set.of(Finding.Kind.GROWTH_MIX)),
            Map.entry("implausible", Set.of(Finding.Kind.IMPLAUSIBLE, Finding.Kind.SHARE)),
            Map.entry("district_sum", Set.of(Finding.Kind.DISTRICT_SUM)),
            Map.entry("cross_report", Set.of(Finding.Kind.CROSS_REPORT)),
            Map.entry("missing_indicator", Set.of(Finding.Kind.MISSING_INDICATOR)),
            Map.entry("redacted", Set.of(Finding.Kind.REDACTED)));

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    record Planted(String id, String kind, String doc, String stated, boolean consistent) {
    }

    static List<Finding> findings;
    static List<Planted> planted;

    @BeforeAll
    static void checkTheCorpus(@TempDir Path data) throws IOException {
        List<Report> reports = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        try (Huibao huibao = Huibao.open(HuibaoConfig.defaults().withDataDir(data))) {
            for (InputFile in : huibao.inputs(List.of(TestSets.CORPUS))) {
                FileOutcome o = huibao.read(in, ReportMetadataHints.none());
                assertTrue(o.ok(), () -> o.failure().toString());
                for (ReportExtraction r : o.reports()) {
                    reports.add(r.report());
                    facts.addAll(r.facts());
                }
            }
            findings = huibao.check(reports, facts);
        }
        planted = new ArrayList<>();
        for (String line : Files.readAllLines(TestSets.SAMPLE_CITY.dir().resolve("planted.tsv"),
                StandardCharsets.UTF_8)) {
            String[] c = line.split("\t", -1);
            if (line.startsWith("#") || c.length < 7 || c[0].equals("id")) {
                continue;
            }
            planted.add(new Planted(c[0], c[1], c[2], c[5], Boolean.parseBoolean(c[6])));
        }
    }

    @Test
    void findsEveryPlantedProblemAndGap() {
        List<String> missed = new ArrayList<>();
        int problems = 0;
        for (Planted p : planted) {
            if (p.consistent()) {
                continue;
            }
            problems++;
            if (findings.stream().noneMatch(f -> reports(f, p))) {
                missed.add(p.id() + " " + p.kind() + " " + p.doc() + " " + p.stated());
            }
        }
        System.out.printf("Corpus checks: %d of %d planted problems and gaps found%n", problems - missed.size(), problems);
        assertEquals(20, problems, "planted.tsv changed: update this test's count");
        assertEquals(List.of(), missed);
    }

    @Test
    void flagsNoRelationPlantedToHold() {
        List<String> flagged = new ArrayList<>();
        int relations = 0;
        for (Planted p : planted) {
            if (!p.consistent()) {
                continue;
            }
            relations++;
            for (Finding f : findings) {
                if (serious(f) && sameDoc(f.doc(), p.doc()) && KINDS.get(p.kind()).contains(f.kind())
                        && sameFigure(f.stated(), p.stated())) {
                    flagged.add(p.id() + " flagged as " + f.message());
                }
            }
        }
        System.out.printf("Corpus checks: %d of %d relations planted to hold left unflagged%n", relations - flagged.size(), relations);
        assertEquals(List.of(), flagged);
    }

    @Test
    void reportsNothingElseAsAnErrorOrGap() {
        List<String> unplanted = findings.stream().filter(SampleCityChecksTest::serious)
                .filter(f -> planted.stream().noneMatch(p -> !p.consistent() && reports(f, p)))
                .map(f -> f.kind() + " " + f.doc() + " " + f.message()).toList();
        long serious = findings.stream().filter(SampleCityChecksTest::serious).count();
        System.out.printf("Corpus checks: %d errors and gaps reported, %d of them unplanted; %d rounding notes%n",
                serious, unplanted.size(), findings.stream().filter(f -> f.severity() == Finding.Severity.INFO).count());
        assertEquals(List.of(), unplanted);
    }

    @Test
    void saysWhichRelationsHoldOnlyThroughRounding() {
        for (Planted p : planted) {
            if (p.kind().equals("rounding_ok")) {
                assertTrue(findings.stream().anyMatch(f -> f.roundingOnly() && f.severity() == Finding.Severity.INFO
                        && sameDoc(f.doc(), p.doc()) && sameFigure(f.stated(), p.stated())), p.id() + " " + p.stated());
            }
        }
    }

    private static boolean reports(Finding f, Planted p) {
        if (!serious(f) || !sameDoc(f.doc(), p.doc()) || !KINDS.get(p.kind()).contains(f.kind())) {
            return false;
        }
        if (p.kind().equals("missing_indicator")) {
            return true;
        }
        if (p.kind().equals("redacted")) {
            return f.stated() != null && masked(f.stated()).equals(masked(p.stated()));
        }
        return sameFigure(f.stated(), p.stated());
    }

    /** A masked figure as written, a blank shown as （空白） taken as the blank it stands for. */
    private static String masked(String stated) {
        return stated.replace("（空白）", "").replaceAll("\\s", "");
    }

    private static boolean serious(Finding f) {
        return f.severity() == Finding.Severity.ERROR || f.severity() == Finding.Severity.WARNING;
    }

    /** corpus/2024h1-counties.docx#1 is planted.tsv's 2024h1-counties.docx#1. */
    private static boolean sameDoc(String findingDoc, String plantedDoc) {
        return Path.of(findingDoc).getFileName().toString().equals(plantedDoc);
    }

    /** The same printed number: 28个 and 28, 58.9% and 58.9%. */
    private static boolean sameFigure(String a, String b) {
        String x = firstNumber(a);
        return x != null && x.equals(firstNumber(b));
    }

    private static String firstNumber(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = NUMBER.matcher(s.replace(",", ""));
        return m.find() ? m.group() : null;
    }
}
