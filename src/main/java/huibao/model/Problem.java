package huibao.model;

import java.util.Objects;

/**
 * Something in the input huibao could not read or decide, kept as data with its location
 * so that it is reported rather than lost.
 *
 * @param doc     the file (or report) it concerns
 * @param span    where in the cleaned text, or {@code null} when it concerns the whole file
 * @param kind    what went wrong
 * @param message a sentence for the analyst, naming the reason
 */
public record Problem(String doc, Span span, Kind kind, String message) {

    /** The causes huibao distinguishes. */
    public enum Kind {
        /** The file does not exist or cannot be opened. */
        UNREADABLE,
        /** The file has no bytes or no text at all. */
        EMPTY,
        /** The file is password protected. */
        ENCRYPTED,
        /** The file is of a type huibao does not read (images, archives ...). */
        UNSUPPORTED,
        /** The file claims a format but its content is broken. */
        CORRUPT,
        /** A PDF without a text layer (a scan). */
        NO_TEXT_LAYER,
        /** A figure-like string that could not be read as a number. */
        UNREADABLE_FIGURE,
        /** A place name that matches several regions and could not be settled. */
        AMBIGUOUS_REGION,
        /** huibao itself failed on the file; the message says where, so it can be reported and fixed. */
        FAILED
    }

    public Problem {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    /** Whether the problem stops the file from being read at all. */
    public boolean isFatal() {
        return span == null && kind != Kind.AMBIGUOUS_REGION && kind != Kind.UNREADABLE_FIGURE;
    }

    @Override
    public String toString() {
        return doc + (span == null ? "" : " " + span) + ": " + kind.name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', ' ') + ": " + message;
    }
}
