package huibao.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Another process is writing to the same index; only one may write at a time. */
public final class IndexLockedException extends UncheckedIOException {

    private static final long serialVersionUID = 1L;

    IndexLockedException(Path indexDir, IOException cause) {
        super(indexDir + " is being written by another huibao process (its write.lock is held); "
                + "wait for that ingest to finish and try again", cause);
    }
}
