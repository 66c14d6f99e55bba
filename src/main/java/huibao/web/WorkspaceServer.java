package huibao.web;

import huibao.Huibao;
import huibao.export.json.WorkspaceJson;
import huibao.index.QuerySyntaxException;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * The workspace's web server: Javalin on an embedded Jetty, the pages from the class path
 * ({@code /huibao/web/}), ECharts from its webjar, and the JSON API of one route class per page.
 * Every answer carries a strict Content-Security-Policy (scripts only from this server, none
 * inline) and nosniff, so that a report's text can never run as script.
 */
public final class WorkspaceServer implements Closeable {

    /** Scripts only from here; ECharts sets inline styles, which is all 'unsafe-inline' allows. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self'";

    private final Workspace workspace;
    private final UploadJobs uploads;
    private final Javalin app;

    private WorkspaceServer(Workspace workspace) {
        this.workspace = workspace;
        this.uploads = new UploadJobs(workspace);
        List<PageRoutes> pages = List.of(new StatsRoutes(workspace), new DatasetRoutes(workspace),
                new FindingsRoutes(workspace), new SearchRoutes(workspace), new ProjectRoutes(workspace),
                new ReportRoutes(workspace), new ChartRoutes(workspace), new CoverageRoutes(workspace),
                new UploadRoutes(uploads));
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/huibao/web";
                files.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
            config.http.maxRequestSize = UploadJobs.MAX_REQUEST_BYTES;
            config.jetty.multipartConfig.maxFileSize(UploadJobs.MAX_FILE_BYTES, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(UploadJobs.MAX_REQUEST_BYTES, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            config.routes.before(ctx -> {
                ctx.header("Content-Security-Policy", CSP);
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "no-referrer");
                ctx.header("X-Frame-Options", "DENY");
            });
            config.routes.exception(Exception.class, (e, ctx) -> Answers.error(ctx, 500, "internal error: "
                    + e.toString().lines().findFirst().orElse(e.getClass().getName())));
            config.routes.exception(QuerySyntaxException.class, (e, ctx) -> Answers.error(ctx, 400, e.getMessage()));
            config.routes.exception(IllegalArgumentException.class, (e, ctx) -> Answers.error(ctx, 400, e.getMessage()));
            config.routes.exception(Workspace.Loading.class, (e, ctx) -> {
                ctx.status(503).header("Retry-After", "2");
                Answers.json(ctx, WorkspaceJson.loading(e.getMessage()));
            });
            config.routes.exception(NotFound.class, (e, ctx) -> Answers.error(ctx, 404, e.getMessage()));
            for (PageRoutes page : pages) {
                page.register(config.routes);
            }
        });
        workspace.readFirst(view -> pages.forEach(page -> {
            try {
                page.warm(view);
            } catch (RuntimeException e) {
                // a warm-up request that fails fails again when the analyst asks it, and says why then
            }
        }));
    }

    /**
     * A server over the archive {@code huibao} reads; nothing listens until {@link #start}. The
     * archive is read on a thread of its own, so that the server listens at once.
     */
    public static WorkspaceServer over(Huibao huibao) {
        return over(huibao, read -> {
            Thread t = new Thread(read, "huibao-read-archive");
            t.setDaemon(true);
            t.start();
        });
    }

    /** A server whose archive is read through {@code reader} (tests hold it back). */
    static WorkspaceServer over(Huibao huibao, java.util.concurrent.Executor reader) {
        return new WorkspaceServer(new Workspace(huibao, reader));
    }

    /** Starts listening on {@code host}:{@code port} (0: any free port) and returns the port. */
    public int start(String host, int port) {
        app.start(host, port);
        return app.port();
    }

    @Override
    public void close() throws IOException {
        app.stop();
        uploads.close();
        workspace.close();
    }

    /** What a route throws for a doc, project or job the archive does not hold: 404 with {error}. */
    static final class NotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotFound(String message) {
            super(message);
        }
    }
}
