package huibao.web;

import huibao.Huibao;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The facade the workspace serves and the view of its archive now. The view is made once at
 * start and again after each upload's ingest has committed; requests take whichever is current.
 */
final class Workspace implements Closeable {

    private final Huibao huibao;
    private volatile ArchiveView view;
    private long versions;

    Workspace(Huibao huibao) {
        this.huibao = huibao;
        refresh();
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

    ArchiveView view() {
        return view;
    }

    /** Reads the archive again, after an ingest has committed. */
    synchronized void refresh() {
        view = ArchiveView.read(huibao, ++versions, hasArchive());
    }

    @Override
    public void close() throws IOException {
        huibao.close();
    }
}
