package huibao.index;

import huibao.model.Entity;
import huibao.model.Fact;
import huibao.model.Report;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.document.Document;

/**
 * The facts and entities of report documents, read from the local index ({@link StoredRecords}) or
 * another store ({@link ArchiveLayout}), put in one order: by file, then position in the file's
 * text, and for one position in the order the file's reports were written.
 */
final class DocumentRecords {

    /** Reports by file, then where they start in it. */
    static final Comparator<Report> BY_PLACE = Comparator.comparing(Report::file).thenComparingInt(r -> r.range().start());

    private DocumentRecords() {
    }

    /** The facts of {@code docs}, each file's reports in the order written. */
    static List<Fact> facts(List<Document> docs) {
        return inReadingOrder(docs, ReportDocuments::facts,
                Comparator.<Fact>comparingInt(f -> f.span().start()).thenComparingInt(f -> f.span().end()));
    }

    /** The entities of {@code docs}, each file's reports in the order written. */
    static List<Entity> entities(List<Document> docs) {
        return inReadingOrder(docs, ReportDocuments::entities, Comparator.comparingInt(e -> e.span().start()));
    }

    /**
     * What {@code read} finds in each document, by file, then by {@code withinFile}, and for equal
     * places in the order the file's reports were written: a file's reports come in that order, so
     * counting them along gives it.
     */
    private static <T> List<T> inReadingOrder(List<Document> docs, Function<Document, List<T>> read,
                                              Comparator<T> withinFile) {
        record Placed<T>(String file, int ordinal, T item) {
        }
        List<Placed<T>> placed = new ArrayList<>();
        Ordinals ordinals = new Ordinals();
        for (Document d : docs) {
            String file = d.get(Schema.FILE);
            for (T item : read.apply(d)) {
                placed.add(new Placed<>(file, ordinals.next(file), item));
            }
        }
        return placed.stream()
                .sorted(Comparator.comparing((Placed<T> p) -> p.file())
                        .thenComparing(Placed::item, withinFile)
                        .thenComparingInt(Placed::ordinal))
                .map(Placed::item)
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
