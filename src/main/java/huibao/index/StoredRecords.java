package huibao.index;

import huibao.model.Entity;
import huibao.model.Fact;
import huibao.model.Report;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.Bits;

/** Reads the stored records of one point-in-time view of the index back into model records. */
final class StoredRecords {

    private final IndexSearcher searcher;

    StoredRecords(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /** All reports, by file and then position in the file. */
    List<Report> reports() throws IOException {
        return load(ReportSearch.type(Schema.TYPE_REPORT), ReportDocuments.REPORT_FIELDS, ReportDocuments::read).stream()
                .sorted(DocumentRecords.BY_PLACE)
                .toList();
    }

    /** The report {@code doc}, if indexed. */
    Optional<Report> report(String doc) throws IOException {
        return load(both(ReportSearch.type(Schema.TYPE_REPORT), new TermQuery(new Term(Schema.DOC, doc))),
                ReportDocuments.REPORT_FIELDS, ReportDocuments::read).stream().findFirst();
    }

    /**
     * The facts of the report {@code doc}, or of every report when {@code null}, by file and then
     * reading order. Each report's facts are packed in its document in reading order, and a file's
     * reports lie in the index in the order they were written, so counting them along gives the
     * file's reading order.
     */
    List<Fact> facts(String doc) throws IOException {
        return DocumentRecords.facts(load(reportsOf(doc), ReportDocuments.PARTS_FIELDS, d -> d));
    }

    /** All entities, by file and then reading order. */
    List<Entity> entities() throws IOException {
        return DocumentRecords.entities(load(reportsOf(null), ReportDocuments.PARTS_FIELDS, d -> d));
    }

    private static Query reportsOf(String doc) {
        Query reports = ReportSearch.type(Schema.TYPE_REPORT);
        return doc == null ? reports : both(reports, new TermQuery(new Term(Schema.DOC, doc)));
    }

    /** The files ingested, sorted. */
    Set<String> files() throws IOException {
        return new TreeSet<>(load(ReportSearch.type(Schema.TYPE_FILE), null, d -> d.get(Schema.FILE)));
    }

    /** The hash stored for {@code file}, if it was ingested with one. */
    Optional<String> storedHash(String file) throws IOException {
        Query q = both(ReportSearch.type(Schema.TYPE_FILE), new TermQuery(new Term(Schema.FILE, file)));
        return load(q, null, d -> Optional.ofNullable(d.get(Schema.SHA256))).stream().findFirst().flatMap(h -> h);
    }

    IndexStats stats() throws IOException {
        Query reports = ReportSearch.type(Schema.TYPE_REPORT);
        FacetCounts facets = searcher.search(reports, new FacetCounter(new FacetOrdinals()));
        return new IndexStats(searcher.count(reports), searcher.count(ReportSearch.type(Schema.TYPE_FILE)),
                facets.regions().size(), (int) sum(FactDocuments.COUNT), (int) sum(FactDocuments.REDACTED),
                (int) sum(EntityDocuments.COUNT));
    }

    /** The sum of a count the reports keep in doc values, over the live reports. */
    private long sum(String field) throws IOException {
        long total = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            NumericDocValues values = leaf.reader().getNumericDocValues(field);
            if (values == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                if (live == null || live.get(doc)) {
                    total += values.longValue();
                }
            }
        }
        return total;
    }

    static Query both(Query a, Query b) {
        return new BooleanQuery.Builder().add(a, Occur.FILTER).add(b, Occur.FILTER).build();
    }

    /** The documents matching {@code q} in index order, with the stored {@code fields} (all when {@code null}). */
    private <T> List<T> load(Query q, Set<String> fields, Function<Document, T> read) throws IOException {
        int n = searcher.count(q);
        if (n == 0) {
            return List.of();
        }
        StoredFields stored = searcher.storedFields();
        List<T> out = new ArrayList<>(n);
        for (ScoreDoc sd : searcher.search(q, n, Sort.INDEXORDER).scoreDocs) {
            out.add(read.apply(fields == null ? stored.document(sd.doc) : stored.document(sd.doc, fields)));
        }
        return out;
    }
}
