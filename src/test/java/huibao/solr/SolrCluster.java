package huibao.solr;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;

/**
 * An embedded SolrCloud of two nodes with huibao's configset (solr/configset), made once per test
 * class: it takes some 15 s to start.
 */
final class SolrCluster implements AutoCloseable {

    /** The configset as shipped. */
    static final Path CONFIGSET = Path.of("solr", "configset");

    private final MiniSolrCloudCluster cluster;

    private SolrCluster(MiniSolrCloudCluster cluster) {
        this.cluster = cluster;
    }

    /** Starts two nodes under {@code dir} with the configset uploaded as "huibao". */
    static SolrCluster start(Path dir) throws Exception {
        return new SolrCluster(new MiniSolrCloudCluster.Builder(2, dir)
                .addConfig("huibao", CONFIGSET)
                .withMetrics(false)
                .build());
    }

    /** Creates {@code name} from the configset, of {@code shards} shards with one replica each, and waits for it. */
    void createCollection(String name, int shards) throws Exception {
        CollectionAdminRequest.createCollection(name, "huibao", shards, 1).process(cluster.getSolrClient());
        cluster.waitForActiveCollection(name, 60, TimeUnit.SECONDS, shards, shards);
    }

    /** The base URL of the first node, http://127.0.0.1:PORT/solr, as an analyst passes it to --solr. */
    String url() {
        return cluster.getJettySolrRunners().get(0).getBaseUrl().toString();
    }

    @Override
    public void close() throws Exception {
        cluster.shutdown();
    }
}
