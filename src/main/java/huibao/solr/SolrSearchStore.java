package huibao.solr;

import huibao.index.ArchiveLayout;
import huibao.index.RemoteSearch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.util.NamedList;

/**
 * What a search asks of the collection: the best reports with their scores, and the matching reports
 * counted by each facet, in one request. Scores are global across shards through the configset's
 * {@code ExactStatsCache}, so they equal the local index's; the facets are JSON terms facets over
 * every value, which count what the local {@code FacetCounter} counts.
 */
final class SolrSearchStore implements RemoteSearch.Store {

    /** Requests, with their failures told as the archive tells them. */
    interface Caller {
        <T> T call(String what, SolrArchive.Call<T> call);
    }

    private final SolrClient client;
    private final Caller caller;

    SolrSearchStore(SolrClient client, Caller caller) {
        this.client = client;
        this.caller = caller;
    }

    @Override
    public Set<String> regionCodesNamed(String name) {
        SolrQuery q = SolrArchive.query(ArchiveLayout.term(ArchiveLayout.TYPE, ArchiveLayout.TYPE_REPORT));
        q.addFilterQuery(ArchiveLayout.term(ArchiveLayout.REGION_NAME, name));
        q.setRows(0);
        q.set("json.facet", "{codes:{type:terms,field:" + ArchiveLayout.REGION_CODE + ",limit:-1,sort:\"index asc\"}}");
        QueryResponse r = caller.call("look up the region " + name + " in", () -> client.query(q));
        Set<String> codes = new LinkedHashSet<>();
        for (NamedList<Object> b : SolrArchive.buckets(facets(r), "codes")) {
            codes.add(b.get("val").toString());
        }
        return codes;
    }

    @Override
    public RemoteSearch.Page find(RemoteSearch.Find find) {
        SolrQuery q = SolrArchive.query(find.query());
        find.filters().forEach(q::addFilterQuery);
        List<String> fields = new ArrayList<>(ArchiveLayout.HIT_FIELDS);
        fields.add(ArchiveLayout.SORT_DATE);
        fields.add("score");
        q.setFields(fields.toArray(String[]::new));
        q.setRows(find.rows());
        if (find.byDate()) {
            q.setSort(ArchiveLayout.SORT_DATE, SolrQuery.ORDER.desc);
            q.addSort("score", SolrQuery.ORDER.desc);
        } else {
            q.setSort("score", SolrQuery.ORDER.desc);
        }
        q.set("json.facet", facetRequest());
        // a query of many words and their gram phrases may outgrow a URL
        QueryResponse r = caller.call("search", () -> client.query(q, SolrRequest.METHOD.POST));
        List<RemoteSearch.Hit> hits = new ArrayList<>();
        for (SolrDocument d : r.getResults()) {
            hits.add(new RemoteSearch.Hit(SolrDocuments.read(d), ((Number) d.getFieldValue("score")).floatValue()));
        }
        List<Map<String, Integer>> counts = new ArrayList<>();
        NamedList<Object> facets = facets(r);
        for (int i = 0; i < ArchiveLayout.FACETS.size(); i++) {
            Map<String, Integer> byValue = new HashMap<>();
            for (NamedList<Object> b : SolrArchive.buckets(facets, "f" + i)) {
                byValue.put(b.get("val").toString(), ((Number) b.get("count")).intValue());
            }
            counts.add(byValue);
        }
        return new RemoteSearch.Page(hits, r.getResults().getNumFound(), counts);
    }

    /** Every value of each facet field, as f0, f1, … in the order of {@link ArchiveLayout#FACETS}. */
    private static String facetRequest() {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < ArchiveLayout.FACETS.size(); i++) {
            json.append(i == 0 ? "" : ",").append('f').append(i).append(":{type:terms,field:")
                    .append(ArchiveLayout.FACETS.get(i)).append(",limit:-1,mincount:1}");
        }
        return json.append('}').toString();
    }

    @SuppressWarnings("unchecked")
    static NamedList<Object> facets(QueryResponse r) {
        Object f = r.getResponse().get("facets");
        return f instanceof NamedList<?> n ? (NamedList<Object>) n : null;
    }
}
