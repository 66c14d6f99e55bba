package huibao.web;

import io.javalin.router.JavalinDefaultRoutingApi;

/** GET /api/coverage: per report, the figures found, attributed, checked and unreadable. */
final class CoverageRoutes implements PageRoutes {

    private final Workspace workspace;

    CoverageRoutes(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/coverage", ctx -> Answers.json(ctx, workspace.view().coverage));
    }
}
