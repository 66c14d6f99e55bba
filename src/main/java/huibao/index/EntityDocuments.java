package huibao.index;

import huibao.model.Entity;
import huibao.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;

/**
 * How the {@link Entity}s of a report are stored: packed after its facts into the report's document
 * ({@link ReportDocuments#PARTS}), in reading order, every field of each so that it reads back equal;
 * the doc id when it is the report's, and a sentence several share, are not written out again.
 */
final class EntityDocuments {

    /** Entities of the report, as a doc value. */
    static final String COUNT = Schema.ENTITY_PREFIX + "count";

    private EntityDocuments() {
    }

    /** Packs {@code entities}, the report's in reading order, and adds their count to the report's document. */
    static void write(Document d, PackedFields.Writer w, ReportText report, List<Entity> entities) {
        w.integer(entities.size());
        for (Entity e : entities) {
            boolean ownDoc = e.doc().equals(report.doc());
            w.flag(ownDoc);
            if (!ownDoc) {
                w.string(e.doc());
            }
            w.string(e.kind().id()).string(e.name()).integer(e.span().start()).integer(e.span().end())
                    .shared(e.sentence()).string(e.stage()).string(e.investor()).string(e.factId()).string(e.code());
        }
        d.add(new NumericDocValuesField(COUNT, entities.size()));
    }

    /** The entities packed by {@link #write}; arguments are evaluated left to right, so the values come back in order. */
    static List<Entity> read(PackedFields.Reader r, ReportText report) {
        int n = r.integer();
        List<Entity> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String doc = r.flag() ? report.doc() : r.string();
            out.add(new Entity(doc, Entity.Kind.valueOf(r.string().toUpperCase(Locale.ROOT)), r.string(),
                    new Span(r.integer(), r.integer()), r.shared(), r.string(), r.string(), r.string(), r.string()));
        }
        return out;
    }
}
