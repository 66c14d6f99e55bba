package huibao.web;

import huibao.Huibao;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The facade the workspace serves and the view of its archive now. The view is read in the
 * background at start (minutes at 20,000 reports: the server listens meanwhile and answers
 * {@link Loading}) and again after each upload's ingest has committed; requests take whichever
 * is current.
 */
final class Workspace implements Closeable {

    private final Huibao huibao;
    private volatile ArchiveView view;
    private volatile String failed;
    private long versions;

    private final Executor reader;

    /** A workspace over {@code huibao} whose first view {@link #readFirst} reads through {@code reader}. */
    Workspace(Huibao huibao, Executor reader) {
        this.huibao = huibao;
        this.reader = reader;
    }

    /**
     * Reads the archive's first view on the reader (a thread of its own when serving), has
     * {@code warm} answer a few requests from it, and only then shows it: the analyst's first
     * search or table then runs compiled code instead of the JVM's first slow pass over it.
     */
    void readFirst(Consumer<ArchiveView> warm) {
        reader.execute(() -> {
            ArchiveView first;
            try {
                first = ArchiveView.read(huibao, 1, hasArchive());
            } catch (RuntimeException e) {
                failed = e.toString();
                throw e;
            }
            warm.accept(first);
            synchronized (this) {
                if (view == null) {
                    view = first;
                    versions = Math.max(versions, 1);
                }
            }
        });
    }

    Huibao huibao() {
        return huibao;
    }

    /** The data folder: the archive and the uploads under it. */
    Path dataDir() {
        return huibao.config().dataDir();
    }

    /** Whether the data folder holds an archive yet (a fresh folder does not until the first upload). */
    boolean hasArchive() {
        return Files.isDirectory(dataDir().resolve("index"));
    }

    /** The current view; until the first is read, {@link Loading} (503). */
    ArchiveView view() {
        ArchiveView v = view;
        if (v == null) {
            if (failed != null) {
                throw new IllegalStateException("the archive could not be read: " + failed);
            }
            throw new Loading();
        }
        return v;
    }

    /** The current view, or {@code null} while the first is being read. */
    ArchiveView viewIfRead() {
        return view;
    }

    /** Reads the archive again, after an ingest has committed. */
    synchronized void refresh() {
        view = ArchiveView.read(huibao, ++versions, hasArchive());
    }

    /** What a request meets while the archive's first view is being read: 503 {error, loading}. */
    static final class Loading extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Loading() {
            super("正在读取档案…", null, false, false);
        }
    }

    @Override
    public void close() throws IOException {
        huibao.close();
    }
}
