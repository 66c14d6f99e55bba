package huibao.index;

/**
 * The data folder holds no huibao archive where one is needed, or holds other things where ingest
 * would make one. Its message is one line naming the folder and what was expected. A bad
 * {@code --data}, so an illegal argument: the command line answers it as a usage error.
 */
public final class NoArchiveException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    NoArchiveException(String message) {
        super(message);
    }
}
