package huibao.web;

import huibao.FileOutcome;
import huibao.ReportHints;
import huibao.export.json.WorkspaceJson;
import huibao.export.json.WorkspaceJson.Failure;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Uploaded files and the ingest of each upload. The files are stored under
 * {@code DATA/uploads/<generated>/<n>.<ext>}: the names the browser sends are only shown, never
 * used as paths, and a zip is read entry by entry within limits of count and size. One ingest runs
 * at a time, in the background, through the facade; the archive's view is read again when it has
 * committed.
 */
final class UploadJobs implements Closeable {

    static final long MAX_FILE_BYTES = 64L << 20;
    static final long MAX_REQUEST_BYTES = 256L << 20;
    static final int MAX_ZIP_ENTRIES = 500;
    static final long MAX_ZIP_ENTRY_BYTES = 64L << 20;
    static final long MAX_ZIP_BYTES = 512L << 20;
    static final Set<String> TYPES = Set.of("docx", "doc", "pdf", "txt");

    private final Workspace workspace;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService ingest = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "huibao-upload-ingest");
        t.setDaemon(true);
        return t;
    });

    UploadJobs(Workspace workspace) {
        this.workspace = workspace;
    }

    /** A file as the browser sent it: its name (shown only) and its bytes. */
    interface Upload {
        String name();

        InputStream open() throws IOException;
    }

    /** One upload's progress, updated by the ingest thread and read by the progress route. */
    static final class Job {
        final String id;
        final Map<String, String> shownNames = new ConcurrentHashMap<>();
        final List<Failure> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        volatile String state = "queued";
        volatile int done;
        volatile int total;
        volatile String current;

        Job(String id) {
            this.id = id;
        }

        WorkspaceJson.Job snapshot() {
            synchronized (failures) {
                return new WorkspaceJson.Job(id, state, done, total, current, List.copyOf(failures));
            }
        }
    }

    /** Stores the files and queues their ingest; returns the job. */
    /** The ending of an upload's names file, beside its folder. */
    static final String NAMES = ".names.tsv";

    Job start(List<? extends Upload> files) throws IOException {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no files: send them as files[]");
        }
        prepareArchive();
        String id = UUID.randomUUID().toString().replace("-", "");
        Job job = new Job(id);
        Path dir = Files.createDirectories(workspace.dataDir().resolve("uploads").resolve(id));
        int[] n = {0};
        for (Upload u : files) {
            String shown = shownName(u.name());
            String ext = extension(shown);
            if (ext.equals("zip")) {
                unzip(u, shown, dir, n, job);
            } else if (TYPES.contains(ext)) {
                try (InputStream in = u.open()) {
                    store(in, dir, ++n[0], ext, shown, job, MAX_FILE_BYTES);
                }
            } else {
                job.failures.add(new Failure(shown, "不支持的文件类型：只收 .docx .doc .pdf .txt 与 .zip"));
            }
        }
        job.total = n[0];
        writeNames(dir, job.shownNames);
        jobs.put(id, job);
        ingest.submit(() -> run(job, dir));
        return job;
    }

    Job job(String id) {
        return jobs.get(id);
    }

    private void run(Job job, Path dir) {
        job.state = "running";
        try {
            if (job.total > 0) {
                workspace.huibao().ingest(List.of(dir), ReportHints.none(), o -> heard(job, o), false);
                workspace.refresh();
            }
            job.current = null;
            job.state = "done";
        } catch (Throwable e) {
            job.failures.add(new Failure(job.current == null ? "" : job.current, "导入失败：" + e.getMessage()));
            job.state = "failed";
            try {
                workspace.refresh(); // the files committed before the failure are in the archive
            } catch (RuntimeException again) {
                job.failures.add(new Failure("", "存档无法重新读取：" + again.getMessage()));
            }
        }
    }

    private static void heard(Job job, FileOutcome o) {
        String shown = job.shownNames.getOrDefault(Path.of(o.file()).getFileName().toString(), o.file());
        job.current = shown;
        if (!o.ok()) {
            job.failures.add(new Failure(shown, o.failure().kind().name().toLowerCase(Locale.ROOT), o.failure().message()));
        }
        job.done = Math.min(job.total, job.done + 1);
    }

    /**
     * Records the names the analyst uploaded beside the folder (DATA/uploads/ID.names.tsv, a stored
     * name and the shown name a line), so that the workspace shows them instead of the stored
     * paths; they are only ever shown, never opened. Beside, not inside: the ingest reads the folder.
     */
    private static void writeNames(Path dir, Map<String, String> shownNames) throws IOException {
        StringBuilder lines = new StringBuilder();
        shownNames.forEach((stored, shown) -> lines.append(stored).append('\t').append(shown).append('\n'));
        Files.writeString(dir.resolveSibling(dir.getFileName() + NAMES), lines, StandardCharsets.UTF_8);
    }

    /**
     * The names analysts uploaded, by "ID/stored name" (the last two parts of an upload's path),
     * read from every upload's names file under {@code uploads}.
     */
    static Map<String, String> uploadedNames(Path uploads) {
        Map<String, String> names = new HashMap<>();
        if (!Files.isDirectory(uploads)) {
            return names;
        }
        try (java.util.stream.Stream<Path> files = Files.list(uploads)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(NAMES)).toList()) {
                String id = f.getFileName().toString();
                id = id.substring(0, id.length() - NAMES.length());
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    int tab = line.indexOf('\t');
                    if (tab > 0) {
                        names.put(id + "/" + line.substring(0, tab), line.substring(tab + 1));
                    }
                }
            }
        } catch (IOException e) {
            // the stored paths are shown instead
        }
        return names;
    }

    /** The key of {@link #uploadedNames} for a report's file: its folder and name. */
    static String uploadKey(String file) {
        Path p = Path.of(file.replace('\\', '/'));
        return p.getNameCount() < 2 ? file : p.getName(p.getNameCount() - 2) + "/" + p.getFileName();
    }

    /** The archive must exist before DATA/uploads does: the facade makes archives only in empty folders. */
    private void prepareArchive() throws IOException {
        if (!workspace.hasArchive()) {
            workspace.huibao().ingest(List.of(), ReportHints.none(), o -> { }, false);
        }
    }

    private static void unzip(Upload u, String shown, Path dir, int[] n, Job job) throws IOException {
        int entries = 0;
        long total = 0;
        try (InputStream raw = u.open(); ZipInputStream zip = new ZipInputStream(raw)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.isDirectory()) {
                    continue;
                }
                String name = shownName(e.getName());
                String entryShown = shown + "：" + name;
                if (++entries > MAX_ZIP_ENTRIES) {
                    job.failures.add(new Failure(shown, "压缩包文件过多：只读前 " + MAX_ZIP_ENTRIES + " 个"));
                    break;
                }
                String ext = extension(name);
                if (!TYPES.contains(ext)) {
                    job.failures.add(new Failure(entryShown, "不支持的文件类型"));
                    continue;
                }
                long written = store(zip, dir, ++n[0], ext, entryShown, job,
                        Math.min(MAX_ZIP_ENTRY_BYTES, MAX_ZIP_BYTES - total));
                if (written < 0) {
                    n[0]--;
                    continue;
                }
                total += written;
            }
        } catch (IOException | IllegalArgumentException e) {
            job.failures.add(new Failure(shown, "压缩包无法读取：" + e.getMessage()));
        }
    }

    /** Copies at most {@code limit} bytes to {@code dir/n.ext}; a larger file is dropped, named, and -1 returned. */
    private static long store(InputStream in, Path dir, int n, String ext, String shown, Job job, long limit)
            throws IOException {
        String stored = n + "." + ext;
        Path target = dir.resolve(stored);
        long written = 0;
        byte[] buffer = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(target)) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                written += read;
                if (written > limit) {
                    break;
                }
                out.write(buffer, 0, read);
            }
        }
        if (written > limit) {
            Files.delete(target);
            job.failures.add(new Failure(shown, "文件过大：上限 " + (limit >> 20) + " MB"));
            return -1;
        }
        job.shownNames.put(stored, shown);
        return written;
    }

    /** The last part of a name as sent, stripped of folders and control characters; shown, never opened. */
    static String shownName(String sent) {
        String name = sent == null ? "" : sent.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        return name.isEmpty() ? "（无名文件）" : name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() {
        ingest.shutdownNow();
    }
}
