package huibao.web;

import huibao.export.json.SearchJson;
import huibao.index.SearchRequest;
import huibao.index.SearchResults;
import huibao.index.SearchSort;
import io.javalin.router.JavalinDefaultRoutingApi;

import java.util.List;
import java.util.Map;

/**
 * GET /api/search?q=&page=&sort=&f.region=&f.indicator=&f.type=&f.year=: the command line's search,
 * ten reports a page, as {@code search --json} writes it; a query it cannot read is a 400 with its
 * message.
 */
final class SearchRoutes implements PageRoutes {

    static final int PAGE_SIZE = 10;

    private final Workspace workspace;

    SearchRoutes(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/search", ctx -> {
            String q = Answers.param(ctx, "q");
            int page = Answers.page(ctx);
            if (page * PAGE_SIZE > SearchRequest.MAX_LIMIT) {
                throw new IllegalArgumentException("a search lists at most " + SearchRequest.MAX_LIMIT
                        + " reports; narrow it to see more");
            }
            String region = Answers.param(ctx, "f.region");
            String year = Answers.param(ctx, "f.year");
            String sort = Answers.param(ctx, "sort");
            String code = region == null ? null : workspace.huibao().regionCodes(List.of(region)).get(0);
            SearchRequest request = new SearchRequest(q == null ? "" : q, page * PAGE_SIZE, code, year(year),
                    Answers.param(ctx, "f.indicator"), null, Answers.param(ctx, "f.type"),
                    SearchSort.named(sort == null ? "relevance" : sort));
            if (!workspace.hasArchive()) {
                Answers.json(ctx, "{\"total\":0,\"hits\":[],\"facets\":{\"region\":[],\"year\":[],\"indicator\":[],\"type\":[]}}");
                return;
            }
            ArchiveView v = workspace.viewIfRead();
            Answers.json(ctx, answer(request, page, v != null ? v.uploadedNames
                    : UploadJobs.uploadedNames(workspace.dataDir().resolve("uploads"))));
        });
    }

    /** Page {@code page} of what {@code request} finds, its files shown by the names they were uploaded as. */
    private String answer(SearchRequest request, int page, Map<String, String> names) {
        SearchResults all = workspace.huibao().search(request);
        int from = Math.min(all.hits().size(), (page - 1) * PAGE_SIZE);
        SearchResults shown = new SearchResults(all.hits().subList(from, all.hits().size()), all.totalHits(),
                all.facets());
        return SearchJson.of(shown, workspace.huibao().indicatorLabels(),
                file -> names.getOrDefault(UploadJobs.uploadKey(file), file));
    }

    /** Searches for the table's indicators and regions, as words, phrases and filters, by relevance and by date. */
    @Override
    public void warm(ArchiveView view) {
        if (view.reports.isEmpty()) {
            return;
        }
        List<String> words = new java.util.ArrayList<>();
        view.table.columns().stream().map(c -> c.label()).distinct().limit(12).forEach(words::add);
        view.table.rows().stream().filter(r -> r.region() != null).map(r -> r.region().name()).distinct().limit(8)
                .forEach(words::add);
        // the JVM compiles Lucene's scoring and facet loops after a few passes, not after one
        for (int i = 0; i < 3 * words.size(); i++) {
            String word = words.get(i % words.size());
            String q = i % 3 == 1 ? "\"" + word + "\"" : word;
            SearchSort sort = i % 4 == 3 ? SearchSort.DATE : SearchSort.RELEVANCE;
            answer(new SearchRequest(q, PAGE_SIZE * (1 + i % 2), null, null, null, null, null, sort), 1 + i % 2,
                    view.uploadedNames);
        }
    }

    private static Integer year(String year) {
        if (year == null) {
            return null;
        }
        if (!year.matches("\\d{4}")) {
            throw new IllegalArgumentException("f.year is a year of four digits: " + year);
        }
        return Integer.valueOf(year);
    }
}
