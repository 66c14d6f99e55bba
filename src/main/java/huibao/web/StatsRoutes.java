package huibao.web;

import huibao.export.json.WorkspaceJson;
import io.javalin.router.JavalinDefaultRoutingApi;

/** GET /api/stats: what the archive holds and when the workspace last read it. */
final class StatsRoutes implements PageRoutes {

    private final Workspace workspace;

    StatsRoutes(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/stats", ctx -> {
            ArchiveView v = workspace.view();
            Answers.json(ctx, WorkspaceJson.stats(v.stats.reports(), v.stats.facts(), v.stats.files(), v.updated));
        });
    }
}
