package huibao.text;

/** Which characters are Han (Chinese) characters, by their Unicode script. */
public final class HanChars {

    private HanChars() {
    }

    /** Whether the character or code point {@code codePoint} is a Han character. */
    public static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
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
