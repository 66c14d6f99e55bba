package huibao.text;

import java.util.BitSet;

/** Which characters are Han (Chinese) characters, by their Unicode script. */
public final class HanChars {

    /**
     * The Han characters of the Basic Multilingual Plane, by the character: Unicode's script ranges
     * are searched once here, not at each call, as cleaning asks about every character of a report.
     */
    private static final BitSet BMP_HAN = bmpHan();

    private HanChars() {
    }

    /** Whether the character or code point {@code codePoint} is a Han character. */
    public static boolean isHan(int codePoint) {
        if (codePoint >= 0 && codePoint <= Character.MAX_VALUE) {
            return BMP_HAN.get(codePoint);
        }
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private static BitSet bmpHan() {
        BitSet han = new BitSet(Character.MAX_VALUE + 1);
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han.set(c);
            }
        }
        return han;
    }

    /**
     * The simplified form of a traditional character that units are written with (個 → 个, 點 → 点,
     * 萬 → 万, 億 → 亿, 項 → 项 ...), so that a unit written in traditional characters (個百分點)
     * reads as the unit it is; any other character is returned as it is.
     */
    public static char simplified(char c) {
        return switch (c) {
            case '個' -> '个';
            case '點' -> '点';
            case '萬' -> '万';
            case '億' -> '亿';
            case '項' -> '项';
            case '場' -> '场';
            case '處' -> '处';
            case '條' -> '条';
            case '戶' -> '户';
            case '畝' -> '亩';
            case '隻' -> '只';
            case '幣' -> '币';
            case '歐' -> '欧';
            case '圓' -> '元';
            default -> c;
        };
    }
}
