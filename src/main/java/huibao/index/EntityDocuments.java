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
 * the doc id when it is the report's, a sentence of the report's text, the words many share and the
 * id of a fact of the report are not written out again.
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
            w.shared(e.kind().id()).string(e.name()).integer(e.span().start()).integer(e.span().end());
            int sentence = ownDoc ? report.sentenceStart(e.sentence(), e.span()) : -1;
            w.flag(sentence >= 0);
            if (sentence >= 0) {
                w.integer(e.span().start() - sentence).integer(e.sentence().length());
            } else {
                w.shared(e.sentence());
            }
            w.shared(e.stage()).shared(e.investor());
            report.writeId(w, e.factId());
            w.string(e.code());
        }
        d.add(new NumericDocValuesField(COUNT, entities.size()));
    }

    /** The entities packed by {@link #write}; arguments are evaluated left to right, so the values come back in order. */
    static List<Entity> read(PackedFields.Reader r, ReportText report) {
        int n = r.integer();
        List<Entity> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String doc = r.flag() ? report.doc() : r.string();
            Entity.Kind kind = Entity.Kind.valueOf(r.shared().toUpperCase(Locale.ROOT));
            String name = r.string();
            Span span = new Span(r.integer(), r.integer());
            String sentence;
            if (r.flag()) {
                int start = span.start() - r.integer();
                sentence = report.at(new Span(start, start + r.integer()));
            } else {
                sentence = r.shared();
            }
            out.add(new Entity(doc, kind, name, span, sentence, r.shared(), r.shared(), report.readId(r), r.string()));
        }
        return out;
    }
}
