package huibao.index;

import huibao.model.Period;
import huibao.model.Region;
import java.util.List;
import java.util.Objects;

/**
 * One report that matched a search.
 *
 * @param doc      the report's doc id, "002.docx" or "001.txt#2"
 * @param file     the file it came from
 * @param title    its title line, or {@code null}
 * @param types    its kinds told by the title (汇报, 通报 ...), none when the title tells none
 * @param date     the date written under its title ("2024年7月10日"), or {@code null}
 * @param region   its reporting region, or {@code null} when unresolved or masked
 * @param period   the period it covers
 * @param score    relevance; only the order within one search means anything
 * @param snippets its best passages with the matched words marked and the facts they state, best
 *                 first (at most three)
 */
public record ReportHit(String doc, String file, String title, List<String> types, String date, Region region,
                        Period period, float score, List<Snippet> snippets) {

    public ReportHit {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(period, "period");
        types = List.copyOf(types);
        snippets = List.copyOf(snippets);
    }
}
