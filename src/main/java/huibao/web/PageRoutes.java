package huibao.web;

import io.javalin.router.JavalinDefaultRoutingApi;

/** The routes of one page of the workspace. */
interface PageRoutes {

    void register(JavalinDefaultRoutingApi routes);

    /**
     * Answers, and throws away, a few of the page's typical requests over a view not yet shown:
     * the first view of a large archive is warmed so that the analyst's first requests are quick.
     * Nothing is kept, so what the analyst asks is answered afresh.
     */
    default void warm(ArchiveView view) {
    }
}
