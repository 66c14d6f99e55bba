package huibao.config;

import java.net.URI;
import java.util.Objects;

/**
 * A SolrCloud collection that holds the archive instead of the data folder (issue 13): {@code ingest
 * --solr URL --collection NAME} writes it, the reading commands read it.
 *
 * @param url        the base URL of a Solr node, {@code http://solr1:8983/solr}; the node forwards
 *                   each request to the shards that hold the collection
 * @param collection the collection's name, made by {@code solr/create-collection.sh}
 */
public record SolrLocation(URI url, String collection) {

    public SolrLocation {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(collection, "collection");
        String scheme = url.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme) || url.getHost() == null) {
            throw new IllegalArgumentException("--solr must be an http or https URL of a Solr node, such as "
                    + "http://localhost:8983/solr, not " + url);
        }
        if (!collection.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("--collection must be a Solr collection name (letters, digits, "
                    + "'.', '_' and '-'), not '" + collection + "'");
        }
        // the client appends the collection to the node's URL itself
        String u = url.toString();
        if (u.endsWith("/")) {
            url = URI.create(u.substring(0, u.length() - 1));
        }
    }

    /**
     * The location {@code url} and {@code collection} name, both as typed.
     *
     * @throws IllegalArgumentException when one is missing or malformed
     */
    public static SolrLocation of(String url, String collection) {
        if (url == null || collection == null) {
            throw new IllegalArgumentException("--solr and --collection go together: name the Solr node and the "
                    + "collection that holds the archive");
        }
        URI u;
        try {
            u = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--solr must be a URL of a Solr node, such as "
                    + "http://localhost:8983/solr, not " + url, e);
        }
        return new SolrLocation(u, collection.strip());
    }

    @Override
    public String toString() {
        return url + " (collection " + collection + ")";
    }
}
