package huibao.ingest;

/**
 * Deletes characters that take no room on the page and only get in the way of matching: the byte
 * order mark (wherever it stands), zero-width spaces and joiners, direction marks, soft hyphens and
 * control characters other than tab, line feed and form feed (form feeds mark page breaks).
 */
final class InvisibleCharacterRemover implements CleaningStep {

    @Override
    public void apply(String text, TextEdit edit) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (isInvisible(text.charAt(i))) {
                int j = i + 1;
                while (j < n && isInvisible(text.charAt(j))) {
                    j++;
                }
                edit.delete(i, j);
                i = j - 1;
            }
        }
    }

    static boolean isInvisible(char c) {
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\f';
        }
        return c == '\u007F' || c == '\u00AD' || c == '\uFEFF'
                || c >= '\u200B' && c <= '\u200F'
                || c >= '\u2060' && c <= '\u2064';
    }
}
