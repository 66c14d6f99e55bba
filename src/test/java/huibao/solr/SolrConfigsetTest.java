package huibao.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import huibao.FileOutcome;
import huibao.Huibao;
import huibao.ReportHints;
import huibao.config.HuibaoConfig;
import huibao.index.ArchiveDocument;
import huibao.index.ArchiveLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The configset names every field huibao writes, with a type that holds its values: a change to the
 * local layout that the configset does not follow fails here, in the ordinary test run, before a
 * collection refuses the documents (issue 13).
 */
class SolrConfigsetTest {

    /** A field of the schema: its type's name and whether it takes several values. */
    private record Declared(String type, boolean multiValued) {
    }

    private static final Map<String, Declared> FIELDS = new HashMap<>();
    private static final Map<String, String> TYPE_CLASSES = new HashMap<>();
    private static final List<ArchiveDocument> DOCUMENTS = new ArrayList<>();

    @BeforeAll
    static void readTheSchemaAndTheCorpusDocuments() throws Exception {
        Element schema = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(SolrCluster.CONFIGSET.resolve("managed-schema.xml").toFile()).getDocumentElement();
        NodeList types = schema.getElementsByTagName("fieldType");
        for (int i = 0; i < types.getLength(); i++) {
            Element t = (Element) types.item(i);
            TYPE_CLASSES.put(t.getAttribute("name"), t.getAttribute("class"));
        }
        NodeList fields = schema.getElementsByTagName("field");
        for (int i = 0; i < fields.getLength(); i++) {
            Element f = (Element) fields.item(i);
            FIELDS.put(f.getAttribute("name"), new Declared(f.getAttribute("type"),
                    Boolean.parseBoolean(f.getAttribute("multiValued"))));
        }
        HuibaoConfig config = HuibaoConfig.defaults().withThreads(1);
        ArchiveLayout layout = ArchiveLayout.load(config.dictionaries());
        try (Huibao huibao = Huibao.open(config)) {
            huibao.read(List.of(Path.of("corpus")), ReportHints.none(), (FileOutcome o) -> {
                if (o.ok()) {
                    DOCUMENTS.addAll(layout.documents(o.source(), o.reports()));
                }
            });
        }
    }

    @Test
    void declaresEveryFieldHuibaoWritesWithATypeThatHoldsIt() {
        Map<String, String> wrong = new TreeMap<>();
        for (ArchiveDocument d : DOCUMENTS) {
            d.fields().forEach((name, values) -> {
                Declared declared = FIELDS.get(name);
                if (declared == null) {
                    wrong.put(name, "not declared");
                    return;
                }
                if (values.size() > 1 && !declared.multiValued()) {
                    wrong.put(name, values.size() + " values, not multiValued");
                }
                String held = TYPE_CLASSES.get(declared.type());
                for (Object v : values) {
                    String needed = v instanceof Integer ? "solr.IntPointField" : v instanceof Long ? "solr.LongPointField"
                            : v instanceof byte[] ? "solr.BinaryField" : null;
                    boolean fits = needed == null ? held.equals("solr.StrField") || held.equals("solr.TextField")
                            : needed.equals(held);
                    if (!fits) {
                        wrong.put(name, v.getClass().getSimpleName() + " values in a " + held);
                    }
                }
            });
        }
        assertTrue(DOCUMENTS.size() > 13, "the corpus' file records and reports: " + DOCUMENTS.size());
        assertEquals(Map.of(), wrong);
    }

    @Test
    void declaresTheCollectionsOwnFields() {
        assertEquals(new Declared("string", false), FIELDS.get(SolrDocuments.ID));
        assertEquals(new Declared("pint", false), FIELDS.get(SolrDocuments.ORDINAL));
        assertEquals(new Declared("plong", false), FIELDS.get("_version_"));
    }
}
