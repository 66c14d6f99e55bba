package huibao.web;

import huibao.export.json.WorkspaceJson;
import huibao.index.FacetCount;
import huibao.model.Finding;
import huibao.model.Report;
import huibao.model.ReportExtraction;
import io.javalin.router.JavalinDefaultRoutingApi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * GET /api/findings?kind=&severity=&region=&page=: the findings that are not OK, a hundred a page,
 * with counts by kind, severity and region; each facet counts the findings the other two filters
 * keep, so that its values stay choosable.
 */
final class FindingsRoutes implements PageRoutes {

    static final int PAGE_SIZE = 100;

    private final Workspace workspace;

    FindingsRoutes(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/findings", ctx -> {
            ArchiveView v = workspace.view();
            String kind = Answers.param(ctx, "kind");
            String severity = Answers.param(ctx, "severity");
            String region = Answers.param(ctx, "region");
            int page = Answers.page(ctx);
            String key = "findings " + kind + "|" + severity + "|" + region + "|" + page;
            Answers.json(ctx, v.answer(key, () -> answer(v, kind, severity, region, page)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        });
    }

    private static String answer(ArchiveView v, String kind, String severity, String region, int page) {
        Function<Finding, String> regionOf = f -> regionCode(v, f);
        List<Finding> kept = new ArrayList<>();
        Map<String, FacetCount> kinds = new TreeMap<>();
        Map<String, FacetCount> severities = new TreeMap<>();
        Map<String, FacetCount> regions = new TreeMap<>();
        for (Finding f : v.findings) {
            boolean k = kind == null || kind.equals(f.kind().id());
            boolean s = severity == null || severity.equals(f.severity().id());
            String code = regionOf.apply(f);
            boolean r = region == null || region.equals(code) || region.equals(regionName(v, f));
            if (s && r) {
                count(kinds, f.kind().id(), f.kind().label());
            }
            if (k && r) {
                count(severities, f.severity().id(), f.severity().label());
            }
            if (k && s) {
                count(regions, code == null ? "" : code, code == null ? "（地区不明）" : regionName(v, f));
            }
            if (k && s && r) {
                kept.add(f);
            }
        }
        int from = Math.min(kept.size(), (page - 1) * PAGE_SIZE);
        List<Finding> shown = kept.subList(from, Math.min(kept.size(), from + PAGE_SIZE));
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        facets.put("kind", List.copyOf(kinds.values()));
        facets.put("severity", List.copyOf(severities.values()));
        facets.put("region", List.copyOf(regions.values()));
        return WorkspaceJson.findings(shown, v.byDoc, kept.size(), page, PAGE_SIZE, facets, v.labels);
    }

    private static void count(Map<String, FacetCount> counts, String value, String label) {
        counts.merge(value, new FacetCount(value, label, 1), (a, b) -> new FacetCount(a.value(), a.label(), a.count() + 1));
    }

    private static String regionCode(ArchiveView v, Finding f) {
        Report r = report(v, f);
        return r == null ? null : r.regionCode();
    }

    private static String regionName(ArchiveView v, Finding f) {
        Report r = report(v, f);
        return r == null ? null : r.regionName();
    }

    private static Report report(ArchiveView v, Finding f) {
        ReportExtraction x = f.doc() == null ? null : v.byDoc.get(f.doc());
        if (x == null && !f.facts().isEmpty()) {
            x = v.byDoc.get(f.facts().get(0).doc());
        }
        return x == null ? null : x.report();
    }
}
