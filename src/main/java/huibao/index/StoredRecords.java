package huibao.index;

import huibao.model.Entity;
import huibao.model.Fact;
import huibao.model.Report;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;

/** Reads the stored records of one point-in-time view of the index back into model records. */
final class StoredRecords {

    private final IndexSearcher searcher;

    StoredRecords(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /** All reports, by file and then position in the file. */
    List<Report> reports() throws IOException {
        return load(ReportSearch.type(Schema.TYPE_REPORT), ReportDocuments::read).stream()
                .sorted(Comparator.comparing(Report::file).thenComparingInt(r -> r.range().start()))
                .toList();
    }

    /** The report {@code doc}, if indexed. */
    Optional<Report> report(String doc) throws IOException {
        return load(both(ReportSearch.type(Schema.TYPE_REPORT), new TermQuery(new Term(Schema.DOC, doc))),
                ReportDocuments::read).stream().findFirst();
    }

    /** The facts matching {@code filter}, by file and then reading order. */
    List<Fact> facts(Query filter) throws IOException {
        record Placed(String file, int ordinal, Fact fact) {
        }
        return load(both(ReportSearch.type(Schema.TYPE_FACT), filter),
                d -> new Placed(d.get(Schema.FILE), FactDocuments.ordinal(d), FactDocuments.read(d))).stream()
                .sorted(Comparator.comparing(Placed::file)
                        .thenComparingInt(p -> p.fact().span().start())
                        .thenComparingInt(p -> p.fact().span().end())
                        .thenComparingInt(Placed::ordinal))
                .map(Placed::fact)
                .toList();
    }

    /** All entities, by file and then reading order. */
    List<Entity> entities() throws IOException {
        record Placed(String file, int ordinal, Entity entity) {
        }
        return load(ReportSearch.type(Schema.TYPE_ENTITY),
                d -> new Placed(d.get(Schema.FILE), EntityDocuments.ordinal(d), EntityDocuments.read(d))).stream()
                .sorted(Comparator.comparing(Placed::file)
                        .thenComparingInt(p -> p.entity().span().start())
                        .thenComparingInt(Placed::ordinal))
                .map(Placed::entity)
                .toList();
    }

    /** The files ingested, sorted. */
    Set<String> files() throws IOException {
        return new TreeSet<>(load(ReportSearch.type(Schema.TYPE_FILE), d -> d.get(Schema.FILE)));
    }

    /** The hash stored for {@code file}, if it was ingested with one. */
    Optional<String> storedHash(String file) throws IOException {
        Query q = both(ReportSearch.type(Schema.TYPE_FILE), new TermQuery(new Term(Schema.FILE, file)));
        return load(q, d -> Optional.ofNullable(d.get(Schema.SHA256))).stream().findFirst().flatMap(h -> h);
    }

    IndexStats stats() throws IOException {
        Query reports = ReportSearch.type(Schema.TYPE_REPORT);
        FacetCounts facets = searcher.search(reports, new FacetCounter(new FacetOrdinals()));
        return new IndexStats(searcher.count(reports), searcher.count(ReportSearch.type(Schema.TYPE_FILE)),
                facets.regions().size(), searcher.count(ReportSearch.type(Schema.TYPE_FACT)),
                searcher.count(both(ReportSearch.type(Schema.TYPE_FACT),
                        new TermQuery(new Term(Schema.FACT_REDACTED, "true")))),
                searcher.count(ReportSearch.type(Schema.TYPE_ENTITY)));
    }

    static Query both(Query a, Query b) {
        return new BooleanQuery.Builder().add(a, Occur.FILTER).add(b, Occur.FILTER).build();
    }

    private <T> List<T> load(Query q, Function<Document, T> read) throws IOException {
        int n = searcher.count(q);
        if (n == 0) {
            return List.of();
        }
        StoredFields stored = searcher.storedFields();
        List<T> out = new ArrayList<>(n);
        for (ScoreDoc sd : searcher.search(q, n, Sort.INDEXORDER).scoreDocs) {
            out.add(read.apply(stored.document(sd.doc)));
        }
        return out;
    }
}
