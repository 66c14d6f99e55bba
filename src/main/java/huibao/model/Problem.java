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
        /** The file was reached again through a link; it is read once, under its first name. */
        DUPLICATE,
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

    /** One line for the analyst, the file name and message {@link #printable printable}. */
    @Override
    public String toString() {
        return printable(doc) + (span == null ? "" : " " + span) + ": " + kind.name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', ' ') + ": " + printable(message);
    }

    /**
     * {@code text} with its control and invisible formatting characters written as escapes ({@code \n},
     * {@code \t}, {@code \r}, others by their code point, as a backslash, u and four hex digits), so that
     * a file name holding a newline cannot break a line of output in two, or pass off a line of its own
     * as huibao's.
     */
    public static String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            boolean hidden = type == Character.CONTROL || type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
            if (!hidden) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out == null ? text : out.toString();
    }
}
