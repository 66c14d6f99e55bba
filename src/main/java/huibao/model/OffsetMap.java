package huibao.model;

import java.util.Arrays;

/**
 * Maps offsets in a cleaned text back to offsets in the raw text it was cleaned from.
 * Cleaning only deletes characters or replaces them one for one, so the map is a sorted list
 * of anchors: from {@code clean[i]} on, raw offsets run {@code raw[i] - clean[i]} ahead.
 */
public final class OffsetMap {

    private static final OffsetMap IDENTITY = new OffsetMap(new int[] {0}, new int[] {0});

    private final int[] clean;
    private final int[] raw;

    private OffsetMap(int[] clean, int[] raw) {
        this.clean = clean;
        this.raw = raw;
    }

    /** The map of a text that cleaning left unchanged. */
    public static OffsetMap identity() {
        return IDENTITY;
    }

    /**
     * Builds a map from anchors; {@code cleanAnchors} must be sorted, both arrays of equal length,
     * and the first anchor at clean offset 0.
     */
    public static OffsetMap of(int[] cleanAnchors, int[] rawAnchors) {
        if (cleanAnchors.length != rawAnchors.length || cleanAnchors.length == 0 || cleanAnchors[0] != 0) {
            throw new IllegalArgumentException("anchors must be paired and start at 0");
        }
        for (int i = 1; i < cleanAnchors.length; i++) {
            if (cleanAnchors[i] < cleanAnchors[i - 1] || rawAnchors[i] < rawAnchors[i - 1]) {
                throw new IllegalArgumentException("anchors must be sorted");
            }
        }
        return new OffsetMap(cleanAnchors.clone(), rawAnchors.clone());
    }

    /** The raw offset of the character at {@code cleanOffset}. */
    public int toRaw(int cleanOffset) {
        int i = Arrays.binarySearch(clean, cleanOffset);
        if (i < 0) {
            i = -i - 2;
        } else {
            // several anchors may share a clean offset when text was deleted there; take the last
            while (i + 1 < clean.length && clean[i + 1] == cleanOffset) {
                i++;
            }
        }
        return raw[i] + (cleanOffset - clean[i]);
    }

    /** The raw span a clean span came from. */
    public Span toRaw(Span cleanSpan) {
        int start = toRaw(cleanSpan.start());
        int end = cleanSpan.length() == 0 ? start : toRaw(cleanSpan.end() - 1) + 1;
        return new Span(start, end);
    }

    /** Whether cleaning moved nothing. */
    public boolean isIdentity() {
        return clean.length == 1 && raw[0] == 0;
    }
}
