package huibao.corpus;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Breaks a paragraph into lines of at most a given width the way a Chinese word processor does:
 * between any two Chinese characters, never inside a run of digits or Latin letters (a figure
 * such as 18.64 stays whole), closing punctuation hangs at the end of a line rather than starting
 * the next one, and opening punctuation moves down with the character it opens.
 */
final class LineBreaker {

    private static final String CLOSING = "，。、；：？！）》」』”’%．,.;:!?)";
    private static final String OPENING = "（《「『“‘(";

    private LineBreaker() {
    }

    /** The lines of {@code text}; the first line is {@code firstIndent} narrower. */
    static List<String> wrap(PDFont font, float size, String text, float width, float firstIndent)
            throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float room = width - firstIndent;
        for (String unit : units(text)) {
            float w = font.getStringWidth(line + unit) / 1000 * size;
            boolean hangs = CLOSING.indexOf(unit.charAt(0)) >= 0 && line.length() > 0;
            if (w <= room || hangs || line.length() == 0) {
                line.append(unit);
                continue;
            }
            String carry = "";
            int last = line.length() - 1;
            if (OPENING.indexOf(line.charAt(last)) >= 0 && last > 0) {
                carry = line.substring(last);
                line.setLength(last);
            }
            lines.add(line.toString());
            line = new StringBuilder(carry).append(unit);
            room = width;
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Single characters, except that digits, Latin letters and their joiners stay together. */
    static List<String> units(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int j = i + Character.charCount(cp);
            if (isWordChar(cp)) {
                while (j < text.length() && (isWordChar(text.codePointAt(j))
                        || (".,".indexOf(text.charAt(j)) >= 0 && j + 1 < text.length()
                        && Character.isDigit(text.charAt(j + 1))))) {
                    j += Character.charCount(text.codePointAt(j));
                }
            }
            out.add(text.substring(i, j));
            i = j;
        }
        return out;
    }

    private static boolean isWordChar(int cp) {
        return cp < 128 && Character.isLetterOrDigit(cp);
    }
}
