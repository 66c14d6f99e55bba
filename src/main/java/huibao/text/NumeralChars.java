package huibao.text;

/**
 * The characters numerals are written with, sorted by the part they play in a numeral.
 *
 * <p>This is the closed set of the writing system (digits, the financial forms used on
 * cheques and contracts, traditional forms, full-width digits), not a vocabulary an analyst
 * would extend, so it lives here rather than in dictionaries/. The {@code switch} that says it is
 * read once into a table of every character, which the scanners ask at each position of a text.
 */
final class NumeralChars {

    /** What a character does inside a numeral. */
    enum Kind {
        /** 0-9 and full-width ０-９. */
        ARABIC_DIGIT,
        /** 一 to 九, 两, and their financial and traditional forms. */
        DIGIT,
        /** 零 and 〇. */
        ZERO,
        /** 十 百 千 (and 拾 佰 仟): multiply the digit before them, within a group of four. */
        SMALL_UNIT,
        /** 万 亿 (and 萬 億): close a group of four and multiply it. */
        BIG_UNIT,
        /** 兆 = 10^12; read only in whole strings, since in reports it heads 兆瓦 and 兆帕. */
        ZHAO,
        /** 点 (點): the Chinese decimal point. */
        CHINESE_POINT,
        /** '.' and full-width '．' between Arabic digits. */
        ARABIC_POINT,
        /** Signs: 负 負 - − － + ＋. */
        SIGN,
        /** 几 (幾): an unknown digit, read as its lower bound 0 (二十几万 = 200000). */
        APPROX_DIGIT,
        /** 余 (餘) and 多 after a figure: "and more", read as the figure itself. */
        APPROX_MARK,
        /** Spaces a PDF or a typist puts between the parts of a numeral; never line breaks. */
        SPACE,
        /** Anything else. */
        OTHER
    }

    private static final Kind[] KINDS = Kind.values();
    private static final byte[] KIND_OF = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            KIND_OF[c] = (byte) listed((char) c).ordinal();
        }
    }

    private NumeralChars() {
    }

    /** The part {@code c} plays in a numeral. */
    static Kind kind(char c) {
        return KINDS[KIND_OF[c]];
    }

    private static Kind listed(char c) {
        return switch (c) {
            case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9',
                 '０', '１', '２', '３', '４', '５', '６', '７', '８', '９' -> Kind.ARABIC_DIGIT;
            case '一', '壹', '二', '贰', '貳', '两', '兩', '倆', '三', '叁', '四', '肆',
                 '五', '伍', '六', '陆', '陸', '七', '柒', '八', '捌', '九', '玖' -> Kind.DIGIT;
            case '零', '〇' -> Kind.ZERO;
            case '十', '拾', '百', '佰', '千', '仟' -> Kind.SMALL_UNIT;
            case '万', '萬', '亿', '億' -> Kind.BIG_UNIT;
            case '兆' -> Kind.ZHAO;
            case '点', '點' -> Kind.CHINESE_POINT;
            case '.', '．' -> Kind.ARABIC_POINT;
            case '负', '負', '-', '−', '－', '+', '＋' -> Kind.SIGN;
            case '几', '幾' -> Kind.APPROX_DIGIT;
            case '余', '餘', '多' -> Kind.APPROX_MARK;
            case ' ', '\t', '\u3000', '\u00A0' -> Kind.SPACE;
            default -> Kind.OTHER;
        };
    }

    /**
     * The value of a digit (0-9) or the power of ten of a unit (十 = 1 ... 亿 = 8, 兆 = 12);
     * -1 for other characters.
     */
    static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '０' && c <= '９') {
            return c - '０';
        }
        return switch (c) {
            case '零', '〇', '几', '幾' -> 0;
            case '一', '壹' -> 1;
            case '二', '贰', '貳', '两', '兩', '倆' -> 2;
            case '三', '叁' -> 3;
            case '四', '肆' -> 4;
            case '五', '伍' -> 5;
            case '六', '陆', '陸' -> 6;
            case '七', '柒' -> 7;
            case '八', '捌' -> 8;
            case '九', '玖' -> 9;
            case '十', '拾' -> 1;
            case '百', '佰' -> 2;
            case '千', '仟' -> 3;
            case '万', '萬' -> 4;
            case '亿', '億' -> 8;
            case '兆' -> 12;
            default -> -1;
        };
    }

    /**
     * Whether {@code c} is a financial form that is also an everyday word on its own
     * (伍 in 队伍, 陆 in 陆续, 拾 in 收拾), so that alone in running text it is no numeral.
     */
    static boolean isFinancialForm(char c) {
        return switch (c) {
            case '壹', '贰', '貳', '叁', '肆', '伍', '陆', '陸', '柒', '捌', '玖', '拾', '佰', '仟' -> true;
            default -> false;
        };
    }

    /** 两 and its forms, which count things but are never written after a decimal point. */
    static boolean isLiang(char c) {
        return c == '两' || c == '兩' || c == '倆';
    }

    /** A minus or plus written with a dash-like character, which may also be a range hyphen. */
    static boolean isDashSign(char c) {
        return c == '-' || c == '−' || c == '－' || c == '+' || c == '＋';
    }

    /** Whether {@code c} makes a number negative. */
    static boolean isMinus(char c) {
        return c == '负' || c == '負' || c == '-' || c == '−' || c == '－';
    }

    /** First index at or after {@code p}, below {@code limit}, that is not a {@link Kind#SPACE}. */
    static int skipSpaces(CharSequence text, int p, int limit) {
        int i = p;
        while (i < limit && kind(text.charAt(i)) == Kind.SPACE) {
            i++;
        }
        return i;
    }
}
