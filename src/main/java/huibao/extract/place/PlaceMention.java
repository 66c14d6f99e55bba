package huibao.extract.place;

import huibao.model.Region;
import huibao.model.Span;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A place named in a text: where, as what, and which divisions it may be.
 *
 * @param span       offsets of the name in the text searched
 * @param text       the name as written ("钢城区", "钢城", "莱芜市", "XX傣族彝族自治县")
 * @param form       how the name is written
 * @param candidates the divisions it may stand for, current ones only (a former name lists its
 *                   successors); several when the name is ambiguous, none when it is masked
 */
public record PlaceMention(Span span, String text, Form form, List<Region> candidates) {

    /** How a place is written. */
    public enum Form {
        /** The full official name of a current division or statistical zone: 钢城区, 济南市. */
        FULL_NAME,
        /** A short form of a current name: 钢城, 济南, 景谷, 内蒙古. */
        SHORT_NAME,
        /** A former name (full or short) that now stands for its successors: 莱芜市 → 济南市. */
        FORMER_NAME,
        /** A name whose letters are blanked out before its division word: XX市, **区, ×× 县. */
        MASKED
    }

    public PlaceMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(form, "form");
        candidates = List.copyOf(candidates);
        if (span.length() != text.length()) {
            throw new IllegalArgumentException("span " + span + " does not fit '" + text + "'");
        }
    }

    /** Whether the name is masked. */
    public boolean isMasked() {
        return form == Form.MASKED;
    }

    /** Whether more than one division bears this name. */
    public boolean isAmbiguous() {
        return candidates.size() > 1;
    }

    /** The division, when exactly one bears the name. */
    public Optional<Region> unique() {
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }
}
