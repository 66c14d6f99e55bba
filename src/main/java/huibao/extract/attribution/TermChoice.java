package huibao.extract.attribution;

/**
 * An indicator decision and where it came from.
 *
 * @param indicator  the indicator id
 * @param classScope the scope a class term contributes (日韩 of 实际使用日韩资), or {@code null}
 * @param end        where the deciding word ends in the text it was found in, or -1
 * @param inherited  the earlier figure the indicator was taken from, or {@code null}
 */
record TermChoice(String indicator, String classScope, int end, Attribution inherited) {
    /** A decision by a rule rather than by a word at a place in the text. */
    static TermChoice of(String indicator, String classScope) {
        return new TermChoice(indicator, classScope, -1, null);
    }
}
