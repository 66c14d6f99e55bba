package huibao.model;

/**
 * A half-open range {@code [start, end)} of character offsets in a cleaned text.
 *
 * @param start first character, inclusive
 * @param end   last character, exclusive
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** Number of characters covered. */
    public int length() {
        return end - start;
    }

    /** Whether {@code other} lies entirely inside this span. */
    public boolean contains(Span other) {
        return other.start >= start && other.end <= end;
    }

    /** Whether the two spans share at least one character. */
    public boolean overlaps(Span other) {
        return other.start < end && start < other.end;
    }

    /** The same span moved by {@code delta} characters. */
    public Span shift(int delta) {
        return new Span(start + delta, end + delta);
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
