package huibao.solr;

import huibao.index.ArchiveLayout;
import huibao.index.IndexStats;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.util.NamedList;

/** Counts of what the collection holds, as the local index counts them, in two requests. */
final class SolrStats {

    private final SolrClient client;
    private final SolrSearchStore.Caller caller;

    SolrStats(SolrClient client, SolrSearchStore.Caller caller) {
        this.client = client;
        this.caller = caller;
    }

    IndexStats read() {
        SolrQuery reports = SolrArchive.query(ArchiveLayout.term(ArchiveLayout.TYPE, ArchiveLayout.TYPE_REPORT));
        reports.setRows(0);
        StringBuilder json = new StringBuilder("{regions:{type:terms,field:")
                .append(ArchiveLayout.FACETS.get(0)).append(",limit:-1}");
        for (int i = 0; i < ArchiveLayout.COUNTS.size(); i++) {
            json.append(",c").append(i).append(":\"sum(").append(ArchiveLayout.COUNTS.get(i)).append(")\"");
        }
        reports.set("json.facet", json.append('}').toString());
        QueryResponse r = caller.call("count the reports of", () -> client.query(reports));
        SolrQuery files = SolrArchive.query(ArchiveLayout.term(ArchiveLayout.TYPE, ArchiveLayout.TYPE_FILE));
        files.setRows(0);
        long fileCount = caller.call("count the files of", () -> client.query(files)).getResults().getNumFound();
        NamedList<Object> facets = SolrSearchStore.facets(r);
        return new IndexStats((int) r.getResults().getNumFound(), (int) fileCount,
                SolrArchive.buckets(facets, "regions").size(), sum(facets, 0), sum(facets, 1), sum(facets, 2));
    }

    /** A sum over no report is absent from the answer: 0. */
    private static int sum(NamedList<Object> facets, int i) {
        Object v = facets == null ? null : facets.get("c" + i);
        return v instanceof Number n ? (int) Math.round(n.doubleValue()) : 0;
    }
}
