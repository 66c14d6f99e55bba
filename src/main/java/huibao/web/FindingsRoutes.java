package huibao.web;

import huibao.export.json.WorkspaceJson;
import huibao.index.FacetCount;
import huibao.model.Finding;
import huibao.model.Report;
import io.javalin.router.JavalinDefaultRoutingApi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

    /** Every kind and severity alone, and the first regions, each with its first two pages. */
    @Override
    public void warm(ArchiveView view) {
        for (Finding.Kind kind : Finding.Kind.values()) {
            answer(view, kind.id(), null, null, 1);
        }
        for (Finding.Severity severity : Finding.Severity.values()) {
            answer(view, null, severity.id(), null, 2);
        }
        view.findingReports.stream().filter(java.util.Objects::nonNull).map(Report::regionCode)
                .filter(java.util.Objects::nonNull).distinct().limit(6).forEach(code -> answer(view, null, null, code, 1));
    }

    private static String answer(ArchiveView v, String kind, String severity, String region, int page) {
        List<Finding> kept = new ArrayList<>();
        Tally kinds = new Tally();
        Tally severities = new Tally();
        Tally regions = new Tally();
        for (int i = 0; i < v.findings.size(); i++) {
            Finding f = v.findings.get(i);
            Report about = v.findingReports.get(i);
            String code = about == null ? null : about.regionCode();
            boolean k = kind == null || kind.equals(f.kind().id());
            boolean s = severity == null || severity.equals(f.severity().id());
            boolean r = region == null || region.equals(code) || about != null && region.equals(about.regionName());
            if (s && r) {
                kinds.count(f.kind().id(), f.kind().label());
            }
            if (k && r) {
                severities.count(f.severity().id(), f.severity().label());
            }
            if (k && s) {
                regions.count(code == null ? "" : code, code == null ? "（地区不明）" : about.regionName());
            }
            if (k && s && r) {
                kept.add(f);
            }
        }
        int from = Math.min(kept.size(), (page - 1) * PAGE_SIZE);
        List<Finding> shown = kept.subList(from, Math.min(kept.size(), from + PAGE_SIZE));
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        facets.put("kind", kinds.counts());
        facets.put("severity", severities.counts());
        facets.put("region", regions.counts());
        return WorkspaceJson.findings(shown, v.byDoc, kept.size(), page, PAGE_SIZE, facets, v.labels);
    }

    /** Counts of one facet's values, in the values' order, each with the label it is shown by. */
    private static final class Tally {
        private final Map<String, int[]> counts = new HashMap<>();
        private final Map<String, String> labels = new HashMap<>();

        void count(String value, String label) {
            counts.computeIfAbsent(value, x -> new int[1])[0]++;
            labels.putIfAbsent(value, label);
        }

        List<FacetCount> counts() {
            List<FacetCount> out = new ArrayList<>(counts.size());
            new TreeMap<>(counts).forEach((value, n) -> out.add(new FacetCount(value, labels.get(value), n[0])));
            return out;
        }
    }
}
