package huibao.ingest;

/** Turns every line break into a line feed: CR LF loses its CR; a lone CR, U+2028 and U+2029 become LF. */
final class LineBreakNormalizer implements CleaningStep {

    @Override
    public void apply(String text, TextEdit edit) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < n && text.charAt(i + 1) == '\n') {
                    edit.delete(i, i + 1);
                } else {
                    edit.replace(i, '\n');
                }
            } else if (c == '\u2028' || c == '\u2029' || c == '\u0085') {
                edit.replace(i, '\n');
            }
        }
    }
}
