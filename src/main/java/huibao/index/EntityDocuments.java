package huibao.index;

import huibao.model.Entity;
import huibao.model.Span;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;

/**
 * How an {@link Entity} is stored: its file, doc id and reading order as fields of their own, and
 * every field of the record packed into one stored value, so it reads back equal.
 */
final class EntityDocuments {

    /** Every field of the entity, packed. */
    private static final String RECORD = Schema.ENTITY_PREFIX + "record";
    private static final String ORDINAL = Schema.ENTITY_PREFIX + Schema.ORDINAL;

    private EntityDocuments() {
    }

    /** The entity's document; {@code ordinal} is its place in the file's reading order. */
    static Document write(Entity e, String file, int ordinal) {
        Document d = new Document();
        d.add(new StringField(Schema.TYPE, Schema.TYPE_ENTITY, Field.Store.NO));
        d.add(new StringField(Schema.FILE, file, Field.Store.YES));
        d.add(new StringField(Schema.DOC, e.doc(), Field.Store.YES));
        d.add(new StoredField(ORDINAL, ordinal));
        d.add(new PackedFields.Writer()
                .string(e.kind().id()).string(e.name()).integer(e.span().start()).integer(e.span().end())
                .string(e.sentence()).string(e.stage()).string(e.investor()).string(e.factId()).string(e.code())
                .field(RECORD));
        return d;
    }

    /** The entity as it was written; arguments are evaluated left to right, so the values come back in order. */
    static Entity read(Document d) {
        PackedFields.Reader r = new PackedFields.Reader(d, RECORD);
        return new Entity(d.get(Schema.DOC), Entity.Kind.valueOf(r.string().toUpperCase(Locale.ROOT)), r.string(),
                new Span(r.integer(), r.integer()), r.string(), r.string(), r.string(), r.string(), r.string());
    }

    /** The entity's place in its file's reading order. */
    static int ordinal(Document d) {
        return NullableFields.requiredInt(d, ORDINAL);
    }
}
