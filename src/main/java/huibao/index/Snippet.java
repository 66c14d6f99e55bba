package huibao.index;

import huibao.model.Fact;
import huibao.model.Span;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A passage of a report shown under a search hit, with the words that matched and the figures it
 * states.
 *
 * @param text       the passage as it stands in the cleaned text
 * @param location   where the passage lies in the file's cleaned text
 * @param highlights the matched stretches, as offsets into {@code text}, sorted and not overlapping
 * @param facts      the facts whose figures lie within the passage, in reading order; their spans are
 *                   file offsets like {@code location}'s
 */
public record Snippet(String text, Span location, List<Span> highlights, List<Fact> facts) {

    public Snippet {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(location, "location");
        highlights = List.copyOf(highlights);
        facts = List.copyOf(facts);
        for (Fact f : facts) {
            if (!location.contains(f.span())) {
                throw new IllegalArgumentException("fact " + f.id() + " at " + f.span() + " lies outside the snippet "
                        + location);
            }
        }
        if (location.length() != text.length()) {
            throw new IllegalArgumentException("snippet location " + location + " does not fit its text");
        }
        int end = 0;
        for (Span h : highlights) {
            if (h.start() < end || h.end() > text.length()) {
                throw new IllegalArgumentException("highlight " + h + " overlaps another or runs past the snippet");
            }
            end = h.end();
        }
    }

    /** A passage that states no fact. */
    public Snippet(String text, Span location, List<Span> highlights) {
        this(text, location, highlights, List.of());
    }

    /** The text with each highlight wrapped in {@code open} and {@code close}: {@code render("【", "】")}. */
    public String render(String open, String close) {
        return render(open, close, UnaryOperator.identity());
    }

    /**
     * The text with each highlight wrapped in {@code open} and {@code close}, every piece of the
     * text passed through {@code escape} first: {@code render("<mark>", "</mark>", html::escape)}.
     */
    public String render(String open, String close, UnaryOperator<String> escape) {
        StringBuilder sb = new StringBuilder(text.length() + highlights.size() * (open.length() + close.length()));
        int pos = 0;
        for (Span h : highlights) {
            sb.append(escape.apply(text.substring(pos, h.start())))
                    .append(open).append(escape.apply(text.substring(h.start(), h.end()))).append(close);
            pos = h.end();
        }
        return sb.append(escape.apply(text.substring(pos))).toString();
    }
}
