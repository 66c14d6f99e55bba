package huibao.text;

/** Which characters are Han (Chinese) characters, by their Unicode script. */
public final class HanChars {

    private HanChars() {
    }

    /** Whether the character or code point {@code codePoint} is a Han character. */
    public static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
