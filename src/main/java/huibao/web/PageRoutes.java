package huibao.web;

import io.javalin.router.JavalinDefaultRoutingApi;

/** The routes of one page of the workspace. */
interface PageRoutes {

    void register(JavalinDefaultRoutingApi routes);
}
