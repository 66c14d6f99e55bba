package huibao.ingest;

import huibao.model.OffsetMap;
import java.util.Objects;

/**
 * A text after cleaning, with the map of its offsets back to the raw parsed text.
 *
 * @param text    the cleaned text
 * @param offsets cleaned offset to raw offset
 */
record CleanedText(String text, OffsetMap offsets) {

    CleanedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(offsets, "offsets");
    }
}
