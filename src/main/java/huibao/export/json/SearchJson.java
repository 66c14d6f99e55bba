package huibao.export.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import huibao.index.FacetCount;
import huibao.index.ReportHit;
import huibao.index.SearchResults;
import huibao.index.Snippet;
import huibao.model.Fact;
import huibao.model.Span;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Writes search results as one JSON document: hits with their snippets, highlight offsets and the
 * facts each snippet states, each whole in the shape of {@link FactJson#write} (the fact contract
 * with its id, as {@code extract --format jsonl} writes it), the total and the facets.
 */
public final class SearchJson {

    private static final JsonFactory JSON = new JsonFactory();

    private SearchJson() {
    }

    /** The results as one JSON object, for {@code huibao search --json}. */
    public static String of(SearchResults results) {
        return of(results, Map.of(), file -> file);
    }

    /**
     * As {@link #of(SearchResults)}, the indicator facet's values labelled from {@code indicatorLabels}
     * (id -> 实际使用外资) and each hit's file as {@code fileName} shows it (an upload's own name).
     */
    public static String of(SearchResults results, Map<String, String> indicatorLabels,
                            java.util.function.UnaryOperator<String> fileName) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("total", results.totalHits());
            g.writeArrayFieldStart("hits");
            for (ReportHit h : results.hits()) {
                g.writeStartObject();
                g.writeStringField("doc", h.doc());
                g.writeStringField("file", fileName.apply(h.file()));
                g.writeStringField("title", h.title());
                g.writeArrayFieldStart("types");
                for (String t : h.types()) {
                    g.writeString(t);
                }
                g.writeEndArray();
                g.writeStringField("date", h.date());
                g.writeStringField("region", h.region() == null ? null : h.region().name());
                g.writeStringField("region_code", h.region() == null ? null : h.region().code());
                FactJson.writePeriod(g, h.period());
                g.writeNumberField("score", h.score());
                g.writeArrayFieldStart("snippets");
                for (Snippet s : h.snippets()) {
                    g.writeStartObject();
                    g.writeStringField("text", s.text());
                    g.writeStringField("marked", s.render("【", "】"));
                    span(g, "span", s.location());
                    g.writeArrayFieldStart("highlights");
                    for (Span hl : s.highlights()) {
                        g.writeStartArray();
                        g.writeNumber(hl.start());
                        g.writeNumber(hl.end());
                        g.writeEndArray();
                    }
                    g.writeEndArray();
                    g.writeArrayFieldStart("facts");
                    for (Fact f : s.facts()) {
                        FactJson.write(g, f);
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("facets");
            facet(g, "region", results.facets().regions());
            facet(g, "year", results.facets().years());
            facet(g, "indicator", results.facets().indicators().stream().map(c -> new FacetCount(c.value(),
                    indicatorLabels.getOrDefault(c.value(), c.label()), c.count())).toList());
            facet(g, "type", results.facets().types());
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void span(JsonGenerator g, String name, Span s) throws IOException {
        g.writeArrayFieldStart(name);
        g.writeNumber(s.start());
        g.writeNumber(s.end());
        g.writeEndArray();
    }

    /** One facet as an array of {value, label, count}; the workspace's findings facets are written alike. */
    static void facet(JsonGenerator g, String name, List<FacetCount> counts) throws IOException {
        g.writeArrayFieldStart(name);
        for (FacetCount c : counts) {
            g.writeStartObject();
            g.writeStringField("value", c.value());
            g.writeStringField("label", c.label());
            g.writeNumberField("count", c.count());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
