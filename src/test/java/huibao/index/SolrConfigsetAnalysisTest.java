package huibao.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * The shipped Solr configset (solr/configset/managed-schema.xml) analyses text as the local index
 * does (issue 13): its chains, built from the schema's own factory names and parameters, give the
 * same tokens, positions and offsets on a corpus report as {@link CjkGramAnalyzer} and smartcn.
 */
class SolrConfigsetAnalysisTest {

    private static final Path CONFIGSET = Path.of("solr", "configset");
    private static final Path REPORT = Path.of("corpus", "2024h1-yunchuan.txt");

    @Test
    void gramFieldsIndexAsTheLocalIndex() throws Exception {
        String text = Files.readString(REPORT, StandardCharsets.UTF_8) + " Ｈｕｉｂａｏ 世界500强 ＲＣＥＰ国家 カタカナ 한국어";
        try (Analyzer solr = analyzer("cjk_grams", "index"); Analyzer local = new CjkGramAnalyzer()) {
            List<String> expected = tokens(local, text);
            assertTrue(expected.size() > 1000, "a whole report: " + expected.size());
            assertEquals(expected, tokens(solr, text));
            assertEquals(local.getPositionIncrementGap(Schema.PROJECT), solr.getPositionIncrementGap(Schema.PROJECT));
        }
    }

    @Test
    void gramQueriesArriveAsWrittenWithTheirGaps() throws Exception {
        try (Analyzer solr = analyzer("cjk_grams", "query")) {
            assertEquals(List.of("世界@1[0,2]", "500@2[13,16]", "强@1[17,18]"),
                    tokens(solr, "世界 " + StandardSyntax.GAP + " 500 强"));
        }
    }

    @Test
    void smartcnFieldsSegmentAsSmartChineseAnalyzer() throws Exception {
        String text = Files.readString(REPORT, StandardCharsets.UTF_8);
        try (Analyzer solr = analyzer("smartcn_words", null); Analyzer local = new SmartChineseAnalyzer()) {
            assertEquals(tokens(local, text), tokens(solr, text));
        }
    }

    /** The schema's analyzer of {@code fieldType} ({@code type}: index or query; {@code null}: the only one). */
    private static Analyzer analyzer(String fieldType, String type) throws Exception {
        Element schema = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(CONFIGSET.resolve("managed-schema.xml").toFile()).getDocumentElement();
        NodeList types = schema.getElementsByTagName("fieldType");
        for (int i = 0; i < types.getLength(); i++) {
            Element ft = (Element) types.item(i);
            if (!ft.getAttribute("name").equals(fieldType)) {
                continue;
            }
            NodeList analyzers = ft.getElementsByTagName("analyzer");
            for (int j = 0; j < analyzers.getLength(); j++) {
                Element a = (Element) analyzers.item(j);
                if (type == null || a.getAttribute("type").equals(type)) {
                    CustomAnalyzer.Builder b = CustomAnalyzer.builder(CONFIGSET);
                    if (!ft.getAttribute("positionIncrementGap").isEmpty()) {
                        b.withPositionIncrementGap(Integer.parseInt(ft.getAttribute("positionIncrementGap")));
                    }
                    Element tokenizer = (Element) a.getElementsByTagName("tokenizer").item(0);
                    if (tokenizer.hasAttribute("class")) {
                        b.withTokenizer(Class.forName(tokenizer.getAttribute("class")).asSubclass(TokenizerFactory.class),
                                params(tokenizer));
                    } else {
                        b.withTokenizer(tokenizer.getAttribute("name"), params(tokenizer));
                    }
                    NodeList filters = a.getElementsByTagName("filter");
                    for (int k = 0; k < filters.getLength(); k++) {
                        Element f = (Element) filters.item(k);
                        if (f.hasAttribute("class")) {
                            b.addTokenFilter(Class.forName(f.getAttribute("class")).asSubclass(TokenFilterFactory.class),
                                    params(f));
                        } else {
                            b.addTokenFilter(f.getAttribute("name"), params(f));
                        }
                    }
                    return b.build();
                }
            }
        }
        throw new AssertionError("managed-schema.xml has no " + type + " analyzer of the type " + fieldType);
    }

    private static Map<String, String> params(Element e) {
        Map<String, String> out = new HashMap<>();
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            String name = attributes.item(i).getNodeName();
            if (!name.equals("name") && !name.equals("class")) {
                out.put(name, attributes.item(i).getNodeValue());
            }
        }
        return out;
    }

    /** Each token as term@increment[start,end], with /length when it spans several positions. */
    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(Schema.TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute length = ts.addAttribute(PositionLengthAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "@" + inc.getPositionIncrement() + "[" + offset.startOffset() + "," + offset.endOffset()
                        + "]" + (length.getPositionLength() > 1 ? "/" + length.getPositionLength() : ""));
            }
            ts.end();
        }
        return out;
    }
}
