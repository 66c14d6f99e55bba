package huibao.index;

import huibao.model.BaseUnit;
import huibao.model.Fact;
import huibao.model.Measure;
import huibao.model.Period;
import huibao.model.Span;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;

/**
 * How a {@link Fact} is stored: its file, doc id, reading order, start and whether it is redacted
 * as fields of their own, and every field of the record packed into one stored value, so it reads
 * back equal.
 */
final class FactDocuments {

    /** Every field of the fact, packed. */
    private static final String RECORD = Schema.FACT_PREFIX + "record";
    private static final String ORDINAL = Schema.FACT_PREFIX + Schema.ORDINAL;
    /** Present on a fact read by OCR. */
    private static final String OCR = Schema.FACT_PREFIX + "ocr";
    /** Where the figure starts, indexed as a point so that the facts within a passage can be found. */
    static final String SPAN_START = Schema.FACT_PREFIX + "span_start";

    private FactDocuments() {
    }

    /** The fact's document; {@code ordinal} is its place in the file's reading order. */
    static Document write(Fact f, String file, int ordinal) {
        Document d = new Document();
        d.add(new StringField(Schema.TYPE, Schema.TYPE_FACT, Field.Store.NO));
        d.add(new StringField(Schema.FILE, file, Field.Store.YES));
        d.add(new StringField(Schema.DOC, f.doc(), Field.Store.YES));
        d.add(new StringField(Schema.FACT_REDACTED, String.valueOf(f.redacted()), Field.Store.NO));
        d.add(new StoredField(ORDINAL, ordinal));
        d.add(new IntPoint(SPAN_START, f.span().start()));
        PackedFields.Writer w = new PackedFields.Writer()
                .string(f.id()).string(f.region()).string(f.regionCode())
                .flag(f.period() != null);
        if (f.period() != null) {
            w.integer(f.period().year()).integer(f.period().fromMonth()).integer(f.period().toMonth())
                    .string(f.period().label());
        }
        w.string(f.indicator()).string(f.measure().id());
        ClauseFields.writeScope(w, f.scope());
        w.string(f.text())
                .decimal(f.value()).decimal(f.valueMax()).string(f.unit())
                .decimal(f.baseValue()).decimal(f.baseValueMax()).string(f.baseUnit().id())
                .flag(f.approx()).string(f.project()).string(f.versus()).flag(f.redacted())
                .string(f.sentence()).integer(f.span().start()).integer(f.span().end());
        ClauseFields.writeLinks(w, f.links());
        ClauseFields.write(w, f.clause());
        d.add(w.field(RECORD));
        if (f.ocr()) {
            // a field of its own, present only when set, so that archives written before it read as they are
            d.add(new StoredField(OCR, 1));
        }
        return d;
    }

    /** The fact as it was written; arguments are evaluated left to right, so the values come back in order. */
    static Fact read(Document d) {
        PackedFields.Reader r = new PackedFields.Reader(d, RECORD);
        String id = r.string();
        String region = r.string();
        String regionCode = r.string();
        Period period = r.flag() ? new Period(r.integer(), r.integer(), r.integer(), r.string()) : null;
        return new Fact(id, d.get(Schema.DOC), region, regionCode, period,
                r.string(), Measure.of(r.string()), ClauseFields.readScope(r), r.string(),
                r.decimal(), r.decimal(), r.string(), r.decimal(), r.decimal(), BaseUnit.of(r.string()),
                r.flag(), r.string(), r.string(), r.flag(), r.string(), new Span(r.integer(), r.integer()),
                ClauseFields.readLinks(r), ClauseFields.read(r), d.getField(OCR) != null);
    }

    /** The fact's place in its file's reading order. */
    static int ordinal(Document d) {
        return NullableFields.requiredInt(d, ORDINAL);
    }
}
