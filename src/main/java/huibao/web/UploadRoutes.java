package huibao.web;

import huibao.export.json.WorkspaceJson;
import io.javalin.http.UploadedFile;
import io.javalin.router.JavalinDefaultRoutingApi;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** POST /api/uploads (multipart files[]): stores the files and starts their ingest; GET /api/uploads/{job}: its progress. */
final class UploadRoutes implements PageRoutes {

    private final UploadJobs uploads;

    UploadRoutes(UploadJobs uploads) {
        this.uploads = uploads;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.post("/api/uploads", ctx -> {
            List<UploadedFile> files = new ArrayList<>();
            try {
                files.addAll(ctx.uploadedFiles("files[]"));
                files.addAll(ctx.uploadedFiles("files"));
            } catch (Exception e) {
                // Jetty refuses a part or a request over the limits while reading it
                Answers.error(ctx, 413, "上传过大：每个文件不超过 " + (UploadJobs.MAX_FILE_BYTES >> 20) + " MB，一次合计不超过 "
                        + (UploadJobs.MAX_REQUEST_BYTES >> 20) + " MB");
                return;
            }
            List<UploadJobs.Upload> sent = files.stream().map(UploadRoutes::upload).toList();
            UploadJobs.Job job = uploads.start(sent);
            ctx.status(202);
            Answers.json(ctx, WorkspaceJson.jobCreated(job.id));
        });
        routes.get("/api/uploads/{job}", ctx -> {
            UploadJobs.Job job = uploads.job(ctx.pathParam("job"));
            if (job == null) {
                throw new WorkspaceServer.NotFound("no upload '" + ctx.pathParam("job") + "'");
            }
            Answers.json(ctx, WorkspaceJson.job(job.snapshot()));
        });
    }

    private static UploadJobs.Upload upload(UploadedFile f) {
        return new UploadJobs.Upload() {
            @Override
            public String name() {
                return f.filename();
            }

            @Override
            public InputStream open() throws IOException {
                return f.content();
            }
        };
    }
}
