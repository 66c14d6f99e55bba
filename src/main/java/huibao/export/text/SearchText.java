package huibao.export.text;

import huibao.index.FacetCount;
import huibao.index.ReportHit;
import huibao.index.SearchResults;
import huibao.index.Snippet;
import huibao.model.Fact;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints search results for the analyst to read: each report with its title, region, period,
 * type and date, its best passages with the matches in 【】 and the facts each passage states,
 * then the count and the facets (the values {@code --region}, {@code --year}, {@code --indicator}
 * and {@code --type} take).
 */
public final class SearchText {

    /** Facet values listed per facet; the rest are summed up as "… N more". */
    private static final int FACET_VALUES = 12;

    private SearchText() {
    }

    public static void print(SearchResults results, PrintWriter out) {
        if (results.hits().isEmpty()) {
            out.println("no report matches");
            return;
        }
        int n = 0;
        for (ReportHit hit : results.hits()) {
            n++;
            out.printf("%d. %s  [%s]  %s%n", n, hit.title() == null ? "(无标题)" : hit.title(), about(hit), hit.doc());
            for (Snippet s : hit.snippets()) {
                out.println("   " + s.render("【", "】").replace('\n', ' '));
                for (Fact f : s.facts()) {
                    out.println("      · " + fact(f));
                }
            }
        }
        out.printf("%d of %d matching report(s)%n", results.hits().size(), results.totalHits());
        facet(out, "regions", results.facets().regions(), true);
        facet(out, "years", results.facets().years(), false);
        facet(out, "types", results.facets().types(), false);
        facet(out, "indicators", results.facets().indicators(), false);
    }

    /** Region · period · types · date, leaving out what is unknown. */
    private static String about(ReportHit hit) {
        List<String> parts = new ArrayList<>();
        parts.add(hit.region() == null ? "地区未明" : hit.region().name());
        parts.add(hit.period().normalized());
        if (!hit.types().isEmpty()) {
            parts.add(String.join("、", hit.types()));
        }
        if (hit.date() != null) {
            parts.add(hit.date());
        }
        return String.join(" · ", parts);
    }

    /** "6125万美元  fdi_actual/value (市外)". */
    private static String fact(Fact f) {
        StringBuilder sb = new StringBuilder(f.text().strip()).append("  ").append(f.indicator()).append('/')
                .append(f.measure().id());
        if (!f.scope().isEmpty()) {
            sb.append(" (").append(f.scopeText()).append(')');
        }
        if (f.project() != null) {
            sb.append(" [").append(f.project()).append(']');
        }
        return sb.toString();
    }

    private static void facet(PrintWriter out, String name, List<FacetCount> counts, boolean withCode) {
        if (counts.isEmpty()) {
            return;
        }
        String shown = counts.stream().limit(FACET_VALUES)
                .map(c -> (withCode ? c.label() + " " + c.value() : c.label()) + " (" + c.count() + ")")
                .collect(Collectors.joining(", "));
        int more = counts.size() - FACET_VALUES;
        out.printf("%-11s %s%s%n", name + ":", shown, more > 0 ? ", … " + more + " more" : "");
    }
}
