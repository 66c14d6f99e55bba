package huibao;

import huibao.index.ReportHit;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Scores ranked search results against the reports that should come first: recall@5 (the share of
 * a query's relevant reports among its first five hits, out of at most five) and the reciprocal
 * rank of the first relevant hit, each averaged over the queries of a set.
 */
final class RelevanceScore {

    /** The cut-off of recall@k. */
    static final int K = 5;

    private final String set;
    private final List<Double> recalls = new ArrayList<>();
    private final List<Double> reciprocalRanks = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();

    RelevanceScore(String set) {
        this.set = set;
    }

    /** A report's name as queries.tsv writes it: the file name, with '#n' for a compilation's n-th report. */
    static String name(ReportHit hit) {
        return Path.of(hit.doc()).getFileName().toString();
    }

    /** Scores one query's hits, best first, against its relevant reports. */
    void add(String query, List<ReportHit> hits, Set<String> relevant) {
        int found = 0;
        int firstRank = 0;
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            boolean isRelevant = relevant.contains(name(hits.get(i)));
            if (isRelevant && firstRank == 0) {
                firstRank = i + 1;
            }
            if (isRelevant && i < K) {
                found++;
            }
            if (i < K) {
                shown.add((isRelevant ? "+" : "-") + name(hits.get(i)));
            }
        }
        double recall = (double) found / Math.min(K, relevant.size());
        double rr = firstRank == 0 ? 0 : 1.0 / firstRank;
        recalls.add(recall);
        reciprocalRanks.add(rr);
        lines.add(String.format("  %-24s recall@5 %.2f  RR %.2f  %s", query, recall, rr, String.join(" ", shown)));
    }

    double recallAt5() {
        return recalls.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    double mrr() {
        return reciprocalRanks.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    int queries() {
        return recalls.size();
    }

    /** The per-query lines (hits marked + relevant, - not) and the set's figures. */
    void print(PrintStream out) {
        out.printf("Relevance of the %s set (%d queries):%n", set, queries());
        lines.forEach(out::println);
        out.printf("%s: recall@5 %.3f, MRR %.3f over %d queries%n", set, recallAt5(), mrr(), queries());
    }
}
