package huibao;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import huibao.config.HuibaoConfig;
import huibao.extract.metadata.ReportMetadataHints;
import huibao.ingest.InputFile;
import huibao.model.Fact;
import huibao.model.Finding;
import huibao.model.Report;
import huibao.model.ReportExtraction;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Scores check findings against the "checks" entries of hand annotations (the seeds' gold and
 * the annotated test sets): an inconsistent relation must be reported as an error on its report
 * with the stated figure; a consistent or unverifiable one must not be; and every error should
 * stand for a relation the annotator found inconsistent.
 */
final class GoldChecks {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    /** One annotated relation: its file, report number (1-based), what the annotator says of it. */
    record Relation(String file, int report, String kind, String facts, String stated, Boolean consistent) {
    }

    /**
     * The totals.
     *
     * @param missed      inconsistent relations with no error found
     * @param falseFlags  consistent or unverifiable relations reported as errors
     * @param unannotated errors that stand for no inconsistent relation of the gold
     */
    record Score(int inconsistent, int consistent, int unverifiable, List<String> missed, List<String> falseFlags,
                 List<String> unannotated) {

        int found() {
            return inconsistent - missed.size();
        }
    }

    private final List<Relation> relations = new ArrayList<>();

    private GoldChecks() {
    }

    /** The relations of every gold file in {@code dir}. */
    static GoldChecks load(Path dir) throws IOException {
        GoldChecks g = new GoldChecks();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode root = json.readTree(p.toFile());
                JsonNode reports = root.path("reports");
                for (int i = 0; i < reports.size(); i++) {
                    for (JsonNode c : reports.get(i).path("checks")) {
                        JsonNode consistent = c.path("consistent");
                        g.relations.add(new Relation(root.path("file").asText(), i + 1, c.path("kind").asText(),
                                c.path("facts").asText(), c.path("stated").asText(),
                                consistent.isBoolean() ? consistent.asBoolean() : null));
                    }
                }
            }
        }
        return g;
    }

    /** Scores {@code findings} and prints the counts to {@code out}. */
    Score score(List<Finding> findings, PrintStream out) {
        List<String> missed = new ArrayList<>();
        List<String> falseFlags = new ArrayList<>();
        Map<Finding, Boolean> explained = new IdentityHashMap<>();
        int inconsistent = 0;
        int consistent = 0;
        int unverifiable = 0;
        // an error that stands for an inconsistent relation does not also flag a consistent one of the
        // same report that states the same figure (增长1.5倍 twice in one report)
        for (Relation r : relations) {
            if (Boolean.FALSE.equals(r.consistent())) {
                findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR && sameReport(f.doc(), r)
                        && sameFigure(f.stated(), r.stated())).forEach(e -> explained.put(e, true));
            }
        }
        for (Relation r : relations) {
            List<Finding> errors = findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR
                    && sameReport(f.doc(), r) && sameFigure(f.stated(), r.stated())).toList();
            if (!Boolean.FALSE.equals(r.consistent())) {
                errors = errors.stream().filter(e -> !explained.containsKey(e)).toList();
            }
            if (Boolean.FALSE.equals(r.consistent())) {
                inconsistent++;
                errors.forEach(e -> explained.put(e, true));
                if (errors.isEmpty()) {
                    missed.add(r.file() + "#" + r.report() + " " + r.kind() + " " + r.facts() + " stated " + r.stated());
                }
            } else {
                if (r.consistent() == null) {
                    unverifiable++;
                } else {
                    consistent++;
                }
                errors.forEach(e -> falseFlags.add(r.file() + "#" + r.report() + " " + r.kind() + " " + r.facts()
                        + " flagged: " + e.message()));
            }
        }
        List<String> unannotated = findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR)
                .filter(f -> !explained.containsKey(f)).map(f -> f.doc() + " " + f.message()).toList();
        Score s = new Score(inconsistent, consistent, unverifiable, missed, falseFlags, unannotated);
        out.printf("  inconsistent relations found %d/%d; consistent not flagged %d/%d; unverifiable not flagged %d/%d; "
                        + "errors outside the gold %d%n", s.found(), inconsistent,
                consistent - count(falseFlags, relations, true), consistent,
                unverifiable - count(falseFlags, relations, null), unverifiable, unannotated.size());
        missed.forEach(m -> out.println("  missed: " + m));
        return s;
    }

    private static int count(List<String> falseFlags, List<Relation> relations, Boolean consistent) {
        return (int) relations.stream().filter(r -> java.util.Objects.equals(r.consistent(), consistent))
                .filter(r -> falseFlags.stream().anyMatch(f -> f.startsWith(r.file() + "#" + r.report() + " " + r.kind()
                        + " " + r.facts() + " flagged"))).count();
    }

    /** ../shared/seeds/001_x.txt#2 is report 2 of 001_x.txt; a file of one report has no #. */
    private static boolean sameReport(String doc, Relation r) {
        int hash = doc.lastIndexOf('#');
        String file = Path.of(hash < 0 ? doc : doc.substring(0, hash)).getFileName().toString();
        int n = hash < 0 ? 1 : Integer.parseInt(doc.substring(hash + 1));
        return file.equals(r.file()) && n == r.report();
    }

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

    /** The findings of huibao's checks over the plain-text reports of {@code folder}, read afresh into {@code data}. */
    static List<Finding> findingsOf(Path folder, Path data) throws IOException {
        List<Report> reports = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        try (Huibao huibao = Huibao.open(HuibaoConfig.defaults().withDataDir(data))) {
            for (InputFile in : huibao.inputs(List.of(folder))) {
                if (!in.file().endsWith(".txt")) {
                    continue;
                }
                FileOutcome o = huibao.read(in, ReportMetadataHints.none());
                if (o.ok()) {
                    for (ReportExtraction r : o.reports()) {
                        reports.add(r.report());
                        facts.addAll(r.facts());
                    }
                }
            }
            return huibao.check(reports, facts);
        }
    }
}
