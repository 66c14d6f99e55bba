package huibao.index;

import static huibao.index.NullableFields.decimal;
import static huibao.index.NullableFields.flag;
import static huibao.index.NullableFields.integer;
import static huibao.index.NullableFields.requiredInt;
import static huibao.index.NullableFields.store;
import static huibao.index.NullableFields.string;

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

/** How a {@link Fact} is stored: every field of the record, so it reads back equal. */
final class FactDocuments {

    private static final String P = Schema.FACT_PREFIX;
    private static final String ID = P + "id";
    private static final String REGION = P + "region";
    private static final String REGION_CODE = P + "region_code";
    /** Present when the fact has a period, which may itself know nothing. */
    private static final String PERIOD = P + "period";
    private static final String YEAR = P + "year";
    private static final String FROM_MONTH = P + "from_month";
    private static final String TO_MONTH = P + "to_month";
    private static final String PERIOD_LABEL = P + "period_label";
    private static final String INDICATOR = P + "indicator";
    private static final String MEASURE = P + "measure";
    private static final String SCOPE = P + "scope";
    private static final String TEXT = P + "text";
    private static final String VALUE = P + "value";
    private static final String VALUE_MAX = P + "value_max";
    private static final String UNIT = P + "unit";
    private static final String BASE_VALUE = P + "base_value";
    private static final String BASE_VALUE_MAX = P + "base_value_max";
    private static final String BASE_UNIT = P + "base_unit";
    private static final String APPROX = P + "approx";
    private static final String PROJECT = P + "project";
    private static final String VERSUS = P + "versus";
    private static final String SENTENCE = P + "sentence";
    /** Stored, and indexed as a point so that the facts within a passage can be found. */
    static final String SPAN_START = P + "span_start";
    private static final String SPAN_END = P + "span_end";
    private static final String PART_OF = P + "part_of";
    private static final String ORDINAL = P + Schema.ORDINAL;

    private FactDocuments() {
    }

    /** The fact's document; {@code ordinal} is its place in the file's reading order. */
    static Document write(Fact f, String file, int ordinal) {
        Document d = new Document();
        d.add(new StringField(Schema.TYPE, Schema.TYPE_FACT, Field.Store.NO));
        d.add(new StringField(Schema.FILE, file, Field.Store.YES));
        d.add(new StringField(Schema.DOC, f.doc(), Field.Store.YES));
        store(d, ID, f.id());
        store(d, REGION, f.region());
        store(d, REGION_CODE, f.regionCode());
        if (f.period() != null) {
            store(d, PERIOD, "1");
            store(d, YEAR, f.period().year());
            store(d, FROM_MONTH, f.period().fromMonth());
            store(d, TO_MONTH, f.period().toMonth());
            store(d, PERIOD_LABEL, f.period().label());
        }
        store(d, INDICATOR, f.indicator());
        store(d, MEASURE, f.measure().id());
        store(d, SCOPE, f.scope());
        store(d, TEXT, f.text());
        store(d, VALUE, f.value());
        store(d, VALUE_MAX, f.valueMax());
        store(d, UNIT, f.unit());
        store(d, BASE_VALUE, f.baseValue());
        store(d, BASE_VALUE_MAX, f.baseValueMax());
        store(d, BASE_UNIT, f.baseUnit().id());
        store(d, APPROX, String.valueOf(f.approx()));
        store(d, PROJECT, f.project());
        store(d, VERSUS, f.versus());
        d.add(new StringField(Schema.FACT_REDACTED, String.valueOf(f.redacted()), Field.Store.YES));
        store(d, SENTENCE, f.sentence());
        d.add(new StoredField(SPAN_START, f.span().start()));
        d.add(new IntPoint(SPAN_START, f.span().start()));
        d.add(new StoredField(SPAN_END, f.span().end()));
        store(d, PART_OF, f.partOf());
        d.add(new StoredField(ORDINAL, ordinal));
        return d;
    }

    /** The fact as it was written. */
    static Fact read(Document d) {
        Period period = d.get(PERIOD) == null ? null
                : new Period(integer(d, YEAR), integer(d, FROM_MONTH), integer(d, TO_MONTH), string(d, PERIOD_LABEL));
        return new Fact(string(d, ID), string(d, Schema.DOC), string(d, REGION), string(d, REGION_CODE), period,
                string(d, INDICATOR), Measure.of(string(d, MEASURE)), string(d, SCOPE), string(d, TEXT),
                decimal(d, VALUE), decimal(d, VALUE_MAX), string(d, UNIT), decimal(d, BASE_VALUE),
                decimal(d, BASE_VALUE_MAX), BaseUnit.of(string(d, BASE_UNIT)), flag(d, APPROX), string(d, PROJECT),
                string(d, VERSUS), flag(d, Schema.FACT_REDACTED), string(d, SENTENCE),
                new Span(requiredInt(d, SPAN_START), requiredInt(d, SPAN_END)), string(d, PART_OF));
    }

    /** The fact's place in its file's reading order. */
    static int ordinal(Document d) {
        return requiredInt(d, ORDINAL);
    }
}
