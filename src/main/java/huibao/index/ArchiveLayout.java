package huibao.index;

import huibao.config.Dictionaries;
import huibao.model.Entity;
import huibao.model.Fact;
import huibao.model.Report;
import huibao.model.ReportExtraction;
import huibao.model.SourceText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The archive's documents for a store other than the local index (a Solr collection, issue 13):
 * the very documents {@link ReportIndex} writes, turned field by field into {@link ArchiveDocument}s,
 * and read back into reports, facts and entities by the same code. A change to the local layout
 * thus reaches the other store by itself; only the other store's schema must name a new field.
 *
 * <p>Each field is given by its stored values; a field that is not stored by its indexed values (a
 * keyword, the gram text of a name); a field that is neither by its doc values (facets, counts,
 * the sort day).
 */
public final class ArchiveLayout {

    /** Every document: {@value #TYPE_FILE} or {@value #TYPE_REPORT}. */
    public static final String TYPE = Schema.TYPE;
    public static final String TYPE_FILE = Schema.TYPE_FILE;
    public static final String TYPE_REPORT = Schema.TYPE_REPORT;
    /** Every document: the file as given. */
    public static final String FILE = Schema.FILE;
    /** Reports: the doc id, "001.txt#2". */
    public static final String DOC = Schema.DOC;
    /** The file record: the file's sha256. */
    public static final String SHA256 = Schema.SHA256;
    /** Reports: the region's name, a keyword. */
    public static final String REGION_NAME = Schema.REGION_NAME;
    /** Reports: the region's code, a keyword. */
    public static final String REGION_CODE = Schema.REGION_CODE;
    /** Reports: the day a report sorts at by date, yyyymmdd, a doc value. */
    public static final String SORT_DATE = Schema.SORT_DATE;
    /** Reports: facet fields, in the order of {@link FacetCounts}' lists (regions, years, indicators, types). */
    public static final List<String> FACETS = List.of(FacetOrdinals.FIELDS);
    /** Reports: the counts {@link IndexStats} sums (facts, masked facts, entities), doc values. */
    public static final List<String> COUNTS = List.of(FactDocuments.COUNT, FactDocuments.REDACTED,
            EntityDocuments.COUNT);
    /** Reports: what a search hit reads. */
    public static final Set<String> HIT_FIELDS = ReportDocuments.HIT_FIELDS;
    /** Reports: what reading reports, facts and entities needs. */
    public static final Set<String> RECORD_FIELDS = union(ReportDocuments.REPORT_FIELDS, ReportDocuments.PARTS_FIELDS);

    private final ReportTypes types;

    private ArchiveLayout(ReportTypes types) {
        this.types = types;
    }

    /**
     * The layout with the report types of {@code dictionaries}' {@code report-types.tsv}.
     *
     * @throws Dictionaries.DictionaryException when {@code report-types.tsv} is malformed
     */
    public static ArchiveLayout load(Dictionaries dictionaries) {
        return new ArchiveLayout(ReportTypes.load(dictionaries));
    }

    /** The report types {@code type:} and {@code --type} may name. */
    ReportTypes types() {
        return types;
    }

    /**
     * The documents of {@code source}'s file as the local index writes them: its file record first,
     * then its reports in order, each with its facts and entities packed.
     *
     * @throws IllegalArgumentException when a report belongs to another file or its text is not the file's
     */
    public List<ArchiveDocument> documents(SourceText source, List<ReportExtraction> reports) {
        return ReportDocuments.ofFile(source, reports, types).stream().map(ArchiveLayout::plain).toList();
    }

    /** The reports of {@code docs}, report documents with their {@link #RECORD_FIELDS}, by file and position. */
    public List<Report> reports(List<ArchiveDocument> docs) {
        return docs.stream().map(d -> ReportDocuments.read(lucene(d)))
                .sorted(DocumentRecords.BY_PLACE)
                .toList();
    }

    /**
     * The facts of {@code docs}, report documents with their {@link #RECORD_FIELDS} in the order
     * each file wrote them, by file and then reading order, as the local index gives them.
     */
    public List<Fact> facts(List<ArchiveDocument> docs) {
        return DocumentRecords.facts(docs.stream().map(ArchiveLayout::lucene).toList());
    }

    /** The entities of {@code docs}, as {@link #facts(List)} reads facts. */
    public List<Entity> entities(List<ArchiveDocument> docs) {
        return DocumentRecords.entities(docs.stream().map(ArchiveLayout::lucene).toList());
    }

    /** {@code value} as an exact term of {@code field} in the standard query syntax, quoted and escaped. */
    public static String term(String field, String value) {
        return StandardSyntax.of(new TermQuery(new Term(field, value)));
    }

    /** The Lucene document's fields as plain values. */
    static ArchiveDocument plain(Document d) {
        Map<String, List<Object>> stored = new LinkedHashMap<>();
        Map<String, List<Object>> indexed = new LinkedHashMap<>();
        Map<String, List<Object>> docValues = new LinkedHashMap<>();
        for (IndexableField f : d.getFields()) {
            if (f.fieldType().stored()) {
                stored.computeIfAbsent(f.name(), n -> new ArrayList<>()).add(storedValue(f));
            } else if (f.fieldType().indexOptions() != IndexOptions.NONE) {
                indexed.computeIfAbsent(f.name(), n -> new ArrayList<>()).add(f.stringValue());
            } else if (f.fieldType().docValuesType() == DocValuesType.NUMERIC) {
                docValues.computeIfAbsent(f.name(), n -> new ArrayList<>()).add(f.numericValue().longValue());
            } else if (f.fieldType().docValuesType() == DocValuesType.SORTED_SET) {
                docValues.computeIfAbsent(f.name(), n -> new ArrayList<>()).add(f.binaryValue().utf8ToString());
            } else if (f.fieldType().pointDimensionCount() == 0) {
                throw new IllegalStateException("the field " + f.name() + " is of a kind an archive document does not hold");
            }
            // a point is always written with a stored twin, which gives its value
        }
        ArchiveDocument.Builder b = new ArchiveDocument.Builder();
        Set<String> names = new java.util.LinkedHashSet<>();
        names.addAll(stored.keySet());
        names.addAll(indexed.keySet());
        names.addAll(docValues.keySet());
        for (String name : names) {
            List<Object> values = stored.containsKey(name) ? stored.get(name)
                    : indexed.containsKey(name) ? indexed.get(name) : docValues.get(name);
            values.forEach(v -> b.add(name, v));
        }
        return b.build();
    }

    private static Object storedValue(IndexableField f) {
        if (f.numericValue() != null) {
            Number n = f.numericValue();
            return n instanceof Long ? n : Integer.valueOf(n.intValue());
        }
        if (f.stringValue() != null) {
            // before the bytes: a StringField gives its term as both
            return f.stringValue();
        }
        BytesRef b = f.binaryValue();
        return java.util.Arrays.copyOfRange(b.bytes, b.offset, b.offset + b.length);
    }

    /** The plain document as the stored fields of a Lucene document, which the local readers read. */
    static Document lucene(ArchiveDocument d) {
        Document out = new Document();
        d.fields().forEach((name, values) -> {
            for (Object v : values) {
                if (v instanceof String s) {
                    out.add(new StoredField(name, s));
                } else if (v instanceof Integer i) {
                    out.add(new StoredField(name, i));
                } else if (v instanceof Long l) {
                    out.add(new StoredField(name, l));
                } else {
                    out.add(new StoredField(name, new BytesRef((byte[]) v)));
                }
            }
        });
        return out;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new java.util.TreeSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }
}
