package huibao.cli;

import huibao.config.HuibaoConfig;
import huibao.config.SolrLocation;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options every command that touches the archive or the dictionaries shares. */
final class DataOptions {

    @Option(names = "--data", paramLabel = "DIR", description = "data folder holding the archive (default: ${DEFAULT-VALUE})",
            defaultValue = "huibao-data")
    Path data;

    @Option(names = "--dictionaries", paramLabel = "DIR",
            description = "folder of dictionaries that override or extend the built-in ones")
    Path dictionaries;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads for reading files (default: cores)")
    Integer threads;

    @Option(names = "--solr", paramLabel = "URL",
            description = "keep the archive in a SolrCloud collection instead of the data folder: a Solr node's URL, "
                    + "http://localhost:8983/solr (with --collection)")
    String solr;

    @Option(names = "--collection", paramLabel = "NAME",
            description = "the SolrCloud collection that holds the archive (with --solr; made by solr/create-collection.sh)")
    String collection;

    HuibaoConfig config() {
        HuibaoConfig c = HuibaoConfig.defaults().withDataDir(data);
        if (dictionaries != null) {
            c = c.withDictionariesDir(dictionaries);
        }
        if (threads != null) {
            c = c.withThreads(threads);
        }
        if (solr != null || collection != null) {
            c = c.withSolr(SolrLocation.of(solr, collection));
        }
        return c;
    }
}
