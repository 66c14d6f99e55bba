package huibao.export.text;

import huibao.model.Fact;
import huibao.model.Finding;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Prints findings for a terminal: grouped by severity, each with the sentences it rests on. */
public final class FindingsText {

    private FindingsText() {
    }

    /** The findings, then their counts by kind and severity. */
    public static void print(List<Finding> findings, PrintWriter out, boolean withSentences) {
        list(findings, out, withSentences);
        summary(findings, out);
    }

    /** The findings grouped by severity, each with its sentences when asked. */
    public static void list(List<Finding> findings, PrintWriter out, boolean withSentences) {
        Finding.Severity current = null;
        for (Finding f : findings) {
            if (f.severity() != current) {
                current = f.severity();
                Finding.Severity s = current;
                out.printf("%n== %s (%d)%n", current.label(), findings.stream().filter(x -> x.severity() == s).count());
            }
            out.printf("[%s] %s  %s%n", f.kind().label(), f.doc(), f.message());
            if (withSentences) {
                for (Fact fact : f.facts()) {
                    out.printf("    · %s  %s@%d-%d%s%n", marked(fact), fact.doc(), fact.span().start(), fact.span().end(),
                            fact.ocr() ? "（OCR识别）" : ""); // as FindingWords.where marks a figure read by OCR
                }
            }
        }
    }

    /** Counts by kind and severity, one line per kind, Chinese aligned by display width. */
    public static void summary(List<Finding> findings, PrintWriter out) {
        Map<Finding.Kind, Map<Finding.Severity, Integer>> counts = new TreeMap<>();
        for (Finding f : findings) {
            counts.computeIfAbsent(f.kind(), k -> new EnumMap<>(Finding.Severity.class)).merge(f.severity(), 1, Integer::sum);
        }
        out.println();
        out.println(line("检查", "错误", "缺失", "提示", "核对一致"));
        counts.forEach((kind, bySeverity) -> out.println(line(kind.label(),
                String.valueOf(bySeverity.getOrDefault(Finding.Severity.ERROR, 0)),
                String.valueOf(bySeverity.getOrDefault(Finding.Severity.WARNING, 0)),
                String.valueOf(bySeverity.getOrDefault(Finding.Severity.INFO, 0)),
                String.valueOf(bySeverity.getOrDefault(Finding.Severity.OK, 0)))));
    }

    private static String line(String kind, String... counts) {
        StringBuilder sb = new StringBuilder(kind).append(" ".repeat(Math.max(1, 14 - TableText.width(kind))));
        for (String c : counts) {
            sb.append(" ".repeat(Math.max(1, 10 - TableText.width(c)))).append(c);
        }
        return sb.toString();
    }

    /** The fact's sentence with the figure in 【】. */
    public static String marked(Fact f) {
        String s = f.sentence();
        int k = s.indexOf(f.text());
        return k < 0 ? s : s.substring(0, k) + "【" + f.text() + "】" + s.substring(k + f.text().length());
    }
}
