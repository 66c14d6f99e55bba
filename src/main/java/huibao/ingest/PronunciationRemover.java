package huibao.ingest;

/**
 * Deletes the pinyin that some web pages print after a character to gloss its reading, as in
 * 增长(zhǎng) or 项(xiàng)目: left in, it splits the words the vocabularies look for. Only a
 * bracket right after a Han character holding one lower-case syllable with a tone mark is deleted,
 * so (RCEP), (2023) and (含) stay.
 */
final class PronunciationRemover implements CleaningStep {

    private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";

    /** The longest syllable, zhuang, and a little room. */
    private static final int MAX_SYLLABLE = 7;

    @Override
    public void apply(String text, TextEdit edit) {
        for (int i = 1, n = text.length(); i < n; i++) {
            char open = text.charAt(i);
            if ((open == '(' || open == '（')
                    && Character.UnicodeScript.of(text.charAt(i - 1)) == Character.UnicodeScript.HAN) {
                int end = glossEnd(text, i + 1);
                if (end > 0) {
                    edit.delete(i, end);
                    i = end - 1;
                }
            }
        }
    }

    /** The offset after the closing bracket when a toned syllable starts at {@code from}, else -1. */
    private static int glossEnd(String text, int from) {
        boolean toned = false;
        for (int j = from, n = Math.min(text.length(), from + MAX_SYLLABLE + 1); j < n; j++) {
            char c = text.charAt(j);
            if ((c == ')' || c == '）') && j > from) {
                return toned ? j + 1 : -1;
            }
            if (TONED.indexOf(c) >= 0) {
                toned = true;
            } else if (c < 'a' || c > 'z') {
                return -1;
            }
        }
        return -1;
    }
}
