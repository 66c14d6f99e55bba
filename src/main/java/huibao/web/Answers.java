package huibao.web;

import huibao.export.json.WorkspaceJson;
import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;

/** How every route answers: JSON in UTF-8, or an error as {error} in the command line's words. */
final class Answers {

    static final String JSON = "application/json; charset=utf-8";

    private Answers() {
    }

    static void json(Context ctx, String body) {
        json(ctx, body.getBytes(StandardCharsets.UTF_8));
    }

    static void json(Context ctx, byte[] body) {
        ctx.contentType(JSON).result(body);
    }

    static void error(Context ctx, int status, String message) {
        ctx.status(status);
        json(ctx, WorkspaceJson.error(message));
    }

    /** A query parameter, stripped, or {@code null} when absent or blank. */
    static String param(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** A positive page number (1 when absent); anything else is the analyst's error. */
    static int page(Context ctx) {
        String p = param(ctx, "page");
        if (p == null) {
            return 1;
        }
        try {
            int n = Integer.parseInt(p);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw new IllegalArgumentException("page must be a whole number from 1: " + p);
    }
}
