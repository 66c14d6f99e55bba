package huibao.index;

import static huibao.index.NullableFields.requiredInt;
import static huibao.index.NullableFields.store;
import static huibao.index.NullableFields.string;

import huibao.model.Entity;
import huibao.model.Span;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;

/** How an {@link Entity} is stored: every field of the record, so it reads back equal. */
final class EntityDocuments {

    private static final String P = Schema.ENTITY_PREFIX;
    private static final String KIND = P + "kind";
    private static final String NAME = P + "name";
    private static final String SPAN_START = P + "span_start";
    private static final String SPAN_END = P + "span_end";
    private static final String SENTENCE = P + "sentence";
    private static final String STAGE = P + "stage";
    private static final String INVESTOR = P + "investor";
    private static final String FACT_ID = P + "fact_id";
    private static final String CODE = P + "code";
    private static final String ORDINAL = P + Schema.ORDINAL;

    private EntityDocuments() {
    }

    /** The entity's document; {@code ordinal} is its place in the file's reading order. */
    static Document write(Entity e, String file, int ordinal) {
        Document d = new Document();
        d.add(new StringField(Schema.TYPE, Schema.TYPE_ENTITY, Field.Store.NO));
        d.add(new StringField(Schema.FILE, file, Field.Store.YES));
        d.add(new StringField(Schema.DOC, e.doc(), Field.Store.YES));
        store(d, KIND, e.kind().id());
        store(d, NAME, e.name());
        d.add(new StoredField(SPAN_START, e.span().start()));
        d.add(new StoredField(SPAN_END, e.span().end()));
        store(d, SENTENCE, e.sentence());
        store(d, STAGE, e.stage());
        store(d, INVESTOR, e.investor());
        store(d, FACT_ID, e.factId());
        store(d, CODE, e.code());
        d.add(new StoredField(ORDINAL, ordinal));
        return d;
    }

    /** The entity as it was written. */
    static Entity read(Document d) {
        return new Entity(string(d, Schema.DOC), Entity.Kind.valueOf(string(d, KIND).toUpperCase(Locale.ROOT)),
                string(d, NAME), new Span(requiredInt(d, SPAN_START), requiredInt(d, SPAN_END)),
                string(d, SENTENCE), string(d, STAGE), string(d, INVESTOR), string(d, FACT_ID),
                string(d, CODE));
    }

    /** The entity's place in its file's reading order. */
    static int ordinal(Document d) {
        return requiredInt(d, ORDINAL);
    }
}
