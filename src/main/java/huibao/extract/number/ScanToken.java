package huibao.extract.number;

/**
 * What one read at a position of a sentence gave: a figure, or a bare number (no unit) that may
 * take the unit of the figure after it (11、18.2个百分点), and the stretch it covered.
 *
 * @param figure the figure read, or {@code null}
 * @param bare   a number without a unit, or {@code null}
 * @param start  where the read began
 * @param end    where the next read may begin
 */
record ScanToken(Figure figure, Figure bare, int start, int end) {
}
