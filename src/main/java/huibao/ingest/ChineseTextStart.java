package huibao.ingest;

/**
 * Whether a file named as plain text plainly holds Chinese text, so that Tika's magic detection,
 * which tries some fifteen hundred signatures over the first kilobytes and costs as much as the
 * rest of reading a report, can be skipped. It answers yes only where every signature Tika could
 * match is ruled out: after leading blanks (and a UTF-8 byte-order mark) and at most a few digits
 * (2024年…) the bytes go on with a Chinese character in UTF-8 or two in GB2312's range, which no
 * binary format's header does, and
 * the first {@link #MARKUP_WINDOW} bytes hold neither {@code <} (HTML, XML) nor a NUL byte. Any
 * other file is detected by Tika as before.
 */
final class ChineseTextStart {

    /** How far Tika's markup signatures (…{@code <html} at offsets up to 8192) look. */
    static final int MARKUP_WINDOW = 8_192;

    /** Digits that may come before the first Chinese character. */
    private static final int MAX_LEADING_DIGITS = 8;

    private ChineseTextStart() {
    }

    /** Whether {@code bytes} begin as Chinese plain text with nothing in their head Tika would type otherwise. */
    static boolean holds(byte[] bytes) {
        int at = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            at = 3;
        }
        while (at < bytes.length && isAsciiBlank(bytes[at])) {
            at++;
        }
        // a year or a number may open the title (2024年上半年…): no signature is a few digits and then Chinese
        for (int digits = 0; digits < MAX_LEADING_DIGITS && at < bytes.length && bytes[at] >= '0' && bytes[at] <= '9'; digits++) {
            at++;
        }
        if (!(utf8Chinese(bytes, at) || gbChinese(bytes, at) && gbChinese(bytes, at + 2))) {
            return false;
        }
        int end = Math.min(bytes.length, MARKUP_WINDOW);
        for (int i = 0; i < end; i++) {
            if (bytes[i] == '<' || bytes[i] == 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiBlank(byte b) {
        return b == ' ' || b == '\t' || b == '\r' || b == '\n';
    }

    /**
     * A three-byte UTF-8 character from U+2E80 to U+9FFF (CJK punctuation, kana, ideographs) or of
     * the full-width forms (２０２４, （一）), U+FF00 to U+FF5F.
     */
    private static boolean utf8Chinese(byte[] b, int at) {
        if (at + 3 > b.length || !continuation(b[at + 1]) || !continuation(b[at + 2])) {
            return false;
        }
        int lead = b[at] & 0xFF;
        int second = b[at + 1] & 0xFF;
        return lead >= 0xE3 && lead <= 0xE9 || lead == 0xE2 && second >= 0xBA || lead == 0xEF && (second == 0xBC
                || second == 0xBD && (b[at + 2] & 0xFF) <= 0x9F);
    }

    private static boolean continuation(byte b) {
        return (b & 0xC0) == 0x80;
    }

    /** A GB2312 character of the punctuation or hanzi rows (lead 0xA1–0xF7, trail 0xA1–0xFE). */
    private static boolean gbChinese(byte[] b, int at) {
        if (at + 2 > b.length) {
            return false;
        }
        int lead = b[at] & 0xFF;
        int trail = b[at + 1] & 0xFF;
        return lead >= 0xA1 && lead <= 0xF7 && trail >= 0xA1 && trail <= 0xFE;
    }
}
