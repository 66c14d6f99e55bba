package huibao.solr;

import huibao.config.Dictionaries;
import huibao.config.SolrLocation;
import huibao.index.Archive;
import huibao.index.ArchiveDocument;
import huibao.index.ArchiveLayout;
import huibao.index.IndexStats;
import huibao.index.RemoteSearch;
import huibao.index.SearchRequest;
import huibao.index.SearchResults;
import huibao.model.Entity;
import huibao.model.Fact;
import huibao.model.Report;
import huibao.model.ReportExtraction;
import huibao.model.SourceText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.BinaryRequestWriter;
import org.apache.solr.client.solrj.impl.BinaryResponseParser;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.util.NamedList;

/**
 * The archive in a SolrCloud collection (issue 13): the documents {@link huibao.index.ReportIndex}
 * writes, held by Solr and sharded by file, read back and searched with the same answers. The
 * collection is made beforehand with the shipped configset ({@code solr/create-collection.sh}).
 *
 * <p>Changes become visible at {@link #commit()}, as in the local archive: the configset's
 * automatic commits never open a searcher. Every method may be called from several threads.
 */
public final class SolrArchive implements Archive {

    /** Documents read per request when reading the whole archive back. */
    private static final int PAGE = 200;

    private final SolrLocation location;
    private final SolrClient client;
    private final ArchiveLayout layout;
    private final RemoteSearch search;
    /** Whether the collection held nothing at the first write: its files then need no deleting. */
    private Boolean startedEmpty;
    /** The files written or removed since this archive was opened. */
    private final Set<String> touched = ConcurrentHashMap.newKeySet();

    private SolrArchive(SolrLocation location, SolrClient client, ArchiveLayout layout) {
        this.location = location;
        this.client = client;
        this.layout = layout;
        this.search = new RemoteSearch(layout);
    }

    /**
     * The archive in the collection {@code location} names, which must exist; reports written to it
     * take their types from {@code dictionaries}' {@code report-types.tsv}.
     *
     * @throws UncheckedIOException     when Solr cannot be reached ("cannot reach Solr at URL: reason")
     * @throws IllegalArgumentException when Solr holds no such collection
     */
    public static SolrArchive open(SolrLocation location, Dictionaries dictionaries) {
        ArchiveLayout layout = ArchiveLayout.load(dictionaries);
        SolrClient client = new HttpJdkSolrClient.Builder(location.url().toString())
                .withDefaultCollection(location.collection())
                .withRequestWriter(new BinaryRequestWriter())
                .withResponseParser(new BinaryResponseParser())
                .withConnectionTimeout(10, TimeUnit.SECONDS)
                .withRequestTimeout(10, TimeUnit.MINUTES)
                .useHttp1_1(true)
                .build();
        SolrArchive archive = new SolrArchive(location, client, layout);
        try {
            archive.count("*:*");
        } catch (RuntimeException e) {
            archive.closeQuietly();
            throw e;
        }
        return archive;
    }

    @Override
    public void replace(SourceText source, List<ReportExtraction> reports) {
        List<ArchiveDocument> docs = layout.documents(source, reports);
        String file = source.file();
        boolean isNew = isNew(file);
        call("write " + file + " to", () -> {
            if (!isNew) {
                drop(file);
            }
            UpdateRequest add = new UpdateRequest();
            add.add(SolrDocuments.of(docs));
            add.process(client);
            return null;
        });
    }

    @Override
    public void remove(String file) {
        touched.add(file);
        call("remove " + file + " from", () -> drop(file));
    }

    /** Deletes the file's documents, on the shard its routing prefix names, where they all lie. */
    private Object drop(String file) throws SolrServerException, IOException {
        UpdateRequest drop = new UpdateRequest();
        drop.deleteByQuery(ArchiveLayout.term(ArchiveLayout.FILE, file));
        drop.setParam("_route_", SolrDocuments.route(file));
        return drop.process(client);
    }

    /**
     * Whether {@code file} is certainly not in the collection, from now on it may be: into a
     * collection that was empty, a file not written since is simply added (a delete by query costs
     * a round to the shard and a wait for it).
     */
    private boolean isNew(String file) {
        synchronized (touched) {
            if (startedEmpty == null) {
                startedEmpty = count("*:*") == 0;
            }
        }
        return touched.add(file) && startedEmpty;
    }

    @Override
    public void commit() {
        call("commit", () -> client.commit(true, true));
    }

    @Override
    public Optional<String> storedHash(String file) {
        SolrQuery q = query(ArchiveLayout.term(ArchiveLayout.TYPE, ArchiveLayout.TYPE_FILE));
        q.addFilterQuery(ArchiveLayout.term(ArchiveLayout.FILE, file));
        q.setFields(ArchiveLayout.SHA256);
        q.setRows(1);
        return call("read the hash of " + file + " from", () -> client.query(q)).getResults().stream()
                .map(d -> (String) d.getFirstValue(ArchiveLayout.SHA256))
                .filter(h -> h != null)
                .findFirst();
    }

    @Override
    public boolean isEmpty() {
        return count("*:*") == 0;
    }

    @Override
    public Set<String> files() {
        Set<String> files = new TreeSet<>();
        all(ArchiveLayout.TYPE_FILE, null, Set.of(ArchiveLayout.FILE)).forEach(d -> files.add(d.string(ArchiveLayout.FILE)));
        return files;
    }

    @Override
    public SearchResults search(SearchRequest request) {
        return search.search(request, new SolrSearchStore(client, this::call));
    }

    @Override
    public List<Report> reports() {
        return layout.reports(all(ArchiveLayout.TYPE_REPORT, null, ArchiveLayout.RECORD_FIELDS));
    }

    @Override
    public Optional<Report> report(String doc) {
        return layout.reports(all(ArchiveLayout.TYPE_REPORT, doc, ArchiveLayout.RECORD_FIELDS)).stream().findFirst();
    }

    @Override
    public List<Fact> facts() {
        return layout.facts(all(ArchiveLayout.TYPE_REPORT, null, ArchiveLayout.RECORD_FIELDS));
    }

    @Override
    public List<Fact> facts(String doc) {
        return layout.facts(all(ArchiveLayout.TYPE_REPORT, doc, ArchiveLayout.RECORD_FIELDS));
    }

    @Override
    public List<Entity> entities() {
        return layout.entities(all(ArchiveLayout.TYPE_REPORT, null, ArchiveLayout.RECORD_FIELDS));
    }

    @Override
    public IndexStats stats() {
        return new SolrStats(client, this::call).read();
    }

    @Override
    public void close() throws IOException {
        search.close();
        client.close();
    }

    /**
     * The documents of one type ({@code doc}'s alone when given) with {@code fields}, by file and in
     * the order each file wrote them, read page by page with a cursor.
     */
    private List<ArchiveDocument> all(String type, String doc, Set<String> fields) {
        List<ArchiveDocument> out = new ArrayList<>();
        SolrQuery q = query(ArchiveLayout.term(ArchiveLayout.TYPE, type));
        if (doc != null) {
            q.addFilterQuery(ArchiveLayout.term(ArchiveLayout.DOC, doc));
        }
        q.setFields(fields.toArray(String[]::new));
        q.setRows(PAGE);
        q.setSort(ArchiveLayout.FILE, SolrQuery.ORDER.asc);
        q.addSort(SolrDocuments.ORDINAL, SolrQuery.ORDER.asc);
        q.addSort(SolrDocuments.ID, SolrQuery.ORDER.asc);
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse r = call("read the archive from", () -> client.query(q));
            for (SolrDocument d : r.getResults()) {
                out.add(SolrDocuments.read(d));
            }
            String next = r.getNextCursorMark();
            if (next == null || next.equals(cursor)) {
                return out;
            }
            cursor = next;
        }
    }

    private long count(String query) {
        SolrQuery q = query(query);
        q.setRows(0);
        return call("read", () -> client.query(q)).getResults().getNumFound();
    }

    /** A query in the standard syntax, its words joined by OR unless marked, as huibao writes them. */
    static SolrQuery query(String q) {
        SolrQuery query = new SolrQuery(q);
        query.set("defType", "lucene");
        query.set("q.op", "OR");
        return query;
    }

    /** A request to Solr. */
    interface Call<T> {
        T run() throws SolrServerException, IOException;
    }

    /** A request to the collection, its failure told in one line that names Solr and what failed. */
    <T> T call(String what, Call<T> call) {
        try {
            return call.run();
        } catch (SolrServerException | IOException e) {
            throw new UncheckedIOException(new IOException("cannot reach Solr at " + location.url() + ": "
                    + reason(e), e));
        } catch (SolrException e) {
            if (e.code() == 404) {
                throw new IllegalArgumentException("Solr at " + location.url() + " holds no collection "
                        + location.collection() + "; make it with solr/create-collection.sh", e);
            }
            throw new UncheckedIOException(new IOException("cannot " + what + " the collection "
                    + location.collection() + " at " + location.url() + ": " + reason(e), e));
        }
    }

    /**
     * What went wrong, in the analyst's words where the cause is a network one (the JDK's client
     * reports a refused connection as a closed channel), else the innermost message.
     */
    private static String reason(Throwable e) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = e; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        if (chain.stream().anyMatch(t -> t instanceof java.net.UnknownHostException
                || t instanceof java.nio.channels.UnresolvedAddressException)) {
            return "unknown host";
        }
        if (chain.stream().anyMatch(t -> t instanceof java.net.http.HttpTimeoutException)) {
            return "no answer in time";
        }
        if (chain.stream().anyMatch(t -> t instanceof java.net.ConnectException)) {
            return "connection refused";
        }
        String message = null;
        for (Throwable t : chain) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        return (message == null ? e.getClass().getSimpleName() : message).lines().findFirst().orElse("");
    }

    /** Facet buckets as {@link NamedList}s, as SolrJ returns a JSON facet. */
    @SuppressWarnings("unchecked")
    static List<NamedList<Object>> buckets(NamedList<Object> facets, String name) {
        Object f = facets == null ? null : facets.get(name);
        if (!(f instanceof NamedList<?> facet)) {
            return List.of();
        }
        Object b = facet.get("buckets");
        return b instanceof List<?> list ? (List<NamedList<Object>>) list : List.of();
    }

    private void closeQuietly() {
        try {
            close();
        } catch (IOException suppressed) {
            // the open failure is the error worth reporting
        }
    }
}
