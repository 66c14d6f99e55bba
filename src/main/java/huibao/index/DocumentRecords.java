package huibao.index;

import huibao.model.Entity;
import huibao.model.Fact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.document.Document;

/**
 * The facts and entities of report documents read from another store ({@link ArchiveLayout}), put
 * in the order {@link StoredRecords} gives them: by file, then position in the file's text, and for
 * one position in the order the file's reports were written.
 */
final class DocumentRecords {

    private DocumentRecords() {
    }

    /** The facts of {@code docs}, each file's reports in the order written. */
    static List<Fact> facts(List<Document> docs) {
        record Placed(String file, int ordinal, Fact fact) {
        }
        List<Placed> placed = new ArrayList<>();
        Ordinals ordinals = new Ordinals();
        for (Document d : docs) {
            String file = d.get(Schema.FILE);
            for (Fact f : ReportDocuments.facts(d)) {
                placed.add(new Placed(file, ordinals.next(file), f));
            }
        }
        return placed.stream()
                .sorted(Comparator.comparing(Placed::file)
                        .thenComparingInt(p -> p.fact().span().start())
                        .thenComparingInt(p -> p.fact().span().end())
                        .thenComparingInt(Placed::ordinal))
                .map(Placed::fact)
                .toList();
    }

    /** The entities of {@code docs}, each file's reports in the order written. */
    static List<Entity> entities(List<Document> docs) {
        record Placed(String file, int ordinal, Entity entity) {
        }
        List<Placed> placed = new ArrayList<>();
        Ordinals ordinals = new Ordinals();
        for (Document d : docs) {
            String file = d.get(Schema.FILE);
            for (Entity e : ReportDocuments.entities(d)) {
                placed.add(new Placed(file, ordinals.next(file), e));
            }
        }
        return placed.stream()
                .sorted(Comparator.comparing(Placed::file)
                        .thenComparingInt(p -> p.entity().span().start())
                        .thenComparingInt(Placed::ordinal))
                .map(Placed::entity)
                .toList();
    }

    /** Reading order within a file, counted along the file's reports in the order they were written. */
    private static final class Ordinals {
        private String file;
        private int next;

        int next(String of) {
            if (!of.equals(file)) {
                file = of;
                next = 0;
            }
            return next++;
        }
    }
}
