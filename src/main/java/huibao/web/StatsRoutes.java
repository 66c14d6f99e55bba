package huibao.web;

import huibao.export.json.WorkspaceJson;
import huibao.index.IndexStats;
import io.javalin.router.JavalinDefaultRoutingApi;

/**
 * GET /api/stats: what the archive holds and when the workspace last read it; GET /api/indicators:
 * the catalogue's indicators with their Chinese labels, which the pages show wherever an id comes.
 */
final class StatsRoutes implements PageRoutes {

    private final Workspace workspace;

    StatsRoutes(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/indicators", ctx -> Answers.json(ctx, WorkspaceJson.labels(workspace.huibao().indicatorLabels())));
        routes.get("/api/stats", ctx -> {
            ArchiveView v = workspace.viewIfRead();
            if (v == null) {
                // the index's own counts are quick; the rest of the view takes minutes on a large archive
                IndexStats s = workspace.hasArchive() ? workspace.huibao().stats() : new IndexStats(0, 0, 0, 0, 0, 0);
                Answers.json(ctx, WorkspaceJson.stats(s.reports(), s.facts(), s.files(), null));
                return;
            }
            Answers.json(ctx, WorkspaceJson.stats(v.stats.reports(), v.stats.facts(), v.stats.files(), v.updated));
        });
    }
}
