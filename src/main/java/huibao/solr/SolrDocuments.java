package huibao.solr;

import huibao.index.ArchiveDocument;
import huibao.index.ArchiveLayout;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;

/**
 * The archive's documents as Solr holds them: the fields {@link ArchiveLayout} gives, plus the
 * collection's own {@value #ID} and {@value #ORDINAL}. A file's documents share a routing prefix in
 * their ids, so they lie on one shard: replacing a file deletes on that shard alone.
 */
final class SolrDocuments {

    /** The unique key: {@code route!file} for the file record, {@code route!report:DOC} for a report. */
    static final String ID = "id";
    /** A document's place among its file's documents, so that a file's reports read back in the order written. */
    static final String ORDINAL = "ordinal";
    /** What a search may return that is no field of the archive's documents. */
    private static final Set<String> NOT_ARCHIVED = Set.of(ID, ORDINAL, "score", "_version_");

    private SolrDocuments() {
    }

    /** The compositeId routing prefix of {@code file}'s documents, "1f0c…!". */
    static String route(String file) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(file.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8) + "!";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    /** {@code docs}, one file's documents in the order written, for Solr. */
    static List<SolrInputDocument> of(List<ArchiveDocument> docs) {
        List<SolrInputDocument> out = new ArrayList<>(docs.size());
        for (int i = 0; i < docs.size(); i++) {
            ArchiveDocument d = docs.get(i);
            SolrInputDocument s = new SolrInputDocument();
            String file = d.string(ArchiveLayout.FILE);
            boolean report = ArchiveLayout.TYPE_REPORT.equals(d.string(ArchiveLayout.TYPE));
            s.addField(ID, route(file) + (report ? "report:" + d.string(ArchiveLayout.DOC) : "file"));
            s.addField(ORDINAL, i);
            d.fields().forEach((name, values) -> values.forEach(v -> s.addField(name, v)));
            out.add(s);
        }
        return out;
    }

    /** The archive's fields of a document Solr returned. */
    static ArchiveDocument read(SolrDocument d) {
        ArchiveDocument.Builder b = new ArchiveDocument.Builder();
        for (String name : d.getFieldNames()) {
            if (NOT_ARCHIVED.contains(name)) {
                continue;
            }
            Object value = d.getFieldValue(name);
            if (value instanceof Collection<?> values) {
                values.forEach(v -> b.add(name, plain(name, v)));
            } else if (value != null) {
                b.add(name, plain(name, value));
            }
        }
        return b.build();
    }

    private static Object plain(String name, Object v) {
        if (v instanceof String || v instanceof Integer || v instanceof Long || v instanceof byte[]) {
            return v;
        }
        if (v instanceof java.nio.ByteBuffer buffer) {
            byte[] bytes = new byte[buffer.remaining()];
            buffer.duplicate().get(bytes);
            return bytes;
        }
        throw new IllegalStateException("Solr returned a " + v.getClass().getSimpleName() + " for " + name
                + "; the configset's schema does not match the archive's layout");
    }
}
