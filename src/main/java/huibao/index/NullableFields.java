package huibao.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexableField;

/**
 * Stored values of the file and report documents that may be absent: a {@code null} is stored as
 * no field at all, and reads back as {@code null}. Facts and entities pack theirs ({@link PackedFields}).
 */
final class NullableFields {

    private NullableFields() {
    }

    static void store(Document doc, String name, String value) {
        if (value != null) {
            doc.add(new StoredField(name, value));
        }
    }

    static void store(Document doc, String name, Integer value) {
        if (value != null) {
            doc.add(new StoredField(name, value));
        }
    }

    /** Indexed as one exact term and stored. */
    static void keyword(Document doc, String name, String value) {
        if (value != null) {
            doc.add(new StringField(name, value, org.apache.lucene.document.Field.Store.YES));
        }
    }

    static String string(Document doc, String name) {
        return doc.get(name);
    }

    static Integer integer(Document doc, String name) {
        IndexableField f = doc.getField(name);
        return f == null || f.numericValue() == null ? null : f.numericValue().intValue();
    }

    static int requiredInt(Document doc, String name) {
        Integer v = integer(doc, name);
        if (v == null) {
            throw new IllegalStateException("index document lacks the stored field " + name);
        }
        return v;
    }

    static boolean flag(Document doc, String name) {
        return Boolean.parseBoolean(doc.get(name));
    }
}
