package huibao.ingest;

import huibao.model.Problem;
import java.util.Objects;

/**
 * A file that cannot be read, typed by cause ({@link Problem.Kind#EMPTY}, {@link Problem.Kind#ENCRYPTED},
 * {@link Problem.Kind#UNSUPPORTED}, {@link Problem.Kind#CORRUPT}, {@link Problem.Kind#NO_TEXT_LAYER},
 * {@link Problem.Kind#UNREADABLE}). The message names the file and the reason, as in
 * {@code corrupt.docx: corrupt: not a valid Office Open XML package (zip header missing)}, so a
 * batch can report it and go on with the next file.
 */
public final class UnreadableFileException extends Exception {

    private final String file;
    private final Problem.Kind kind;
    private final String reason;

    /**
     * @param file   the file as shown to the analyst
     * @param kind   the cause
     * @param reason what is wrong, in a phrase
     */
    public UnreadableFileException(String file, Problem.Kind kind, String reason) {
        this(file, kind, reason, null);
    }

    /** The same, keeping the exception that revealed the cause. */
    public UnreadableFileException(String file, Problem.Kind kind, String reason, Throwable cause) {
        super(new Problem(file, null, kind, reason).toString(), cause);
        this.file = Objects.requireNonNull(file, "file");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** The file as shown to the analyst. */
    public String file() {
        return file;
    }

    /** The cause. */
    public Problem.Kind kind() {
        return kind;
    }

    /** What is wrong, without the file name ("unsupported type image/png"). */
    public String reason() {
        return reason;
    }

    /** The failure as a problem record for the batch's report. */
    public Problem toProblem() {
        return new Problem(file, null, kind, reason);
    }
}
