package huibao.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random inputs: numerals written out by a reference writer, and noise made of numeral characters. */
class ChineseNumeralsPropertyTest {

    private static final String DIGITS = "零一二三四五六七八九";
    private static final String[] PLACES = {"", "十", "百", "千"};
    private static final String[] GROUPS = {"", "万", "亿", "万亿"};
    private static final String ALPHABET = "0123456789１５.,．-负零〇一二两三四五六七八九十百千万亿壹贰叁拾佰仟萬億兆点點几余多分之又/ 个元%年是";

    private final Random random = new Random(20240601L);

    @Test
    void readsBackEveryIntegerWrittenInChinese() {
        for (int i = 0; i < 10_000; i++) {
            long n = randomMagnitude();
            String written = writeChinese(n);
            assertEquals(BigDecimal.valueOf(n), ChineseNumerals.parse(written), written);
            // a lone 零 in running text is a word (零售, 零部件), so the scanner leaves it
            int expectedEnd = n == 0 ? 0 : written.length();
            assertEquals(expectedEnd, ChineseNumerals.numeralEnd(written + "元", 0), written);
        }
    }

    @Test
    void readsBackEveryFigureWrittenWithThousandsSeparators() {
        for (int i = 0; i < 5_000; i++) {
            long n = randomMagnitude();
            String grouped = String.format(Locale.ROOT, "%,d", n);
            assertEquals(BigDecimal.valueOf(n), ChineseNumerals.parse(grouped), grouped);
            String wan = BigDecimal.valueOf(n).movePointLeft(4).toPlainString() + "万";
            assertEquals(0, BigDecimal.valueOf(n).compareTo(ChineseNumerals.parse(wan)), wan);
        }
    }

    @Test
    void noiseNeverThrowsAnythingButNumberFormatExceptionAndEveryScannedNumeralParses() {
        for (int i = 0; i < 20_000; i++) {
            String s = noise(1 + random.nextInt(12));
            try {
                ChineseNumerals.parse(s);
            } catch (NumberFormatException expected) {
                assertTrue(expected.getMessage().contains(s), expected.getMessage());
            }
            PercentReader.parse(s);
            PercentReader.parsePoints(s);
            for (int start = 0; start <= s.length(); start++) {
                int end = ChineseNumerals.numeralEnd(s, start);
                assertTrue(end >= start && end <= s.length(), s + " @" + start);
                if (end > start) {
                    try {
                        ChineseNumerals.parse(s.substring(start, end));
                    } catch (NumberFormatException e) {
                        fail("numeralEnd cut " + s.substring(start, end) + " from " + s + " but parse refuses it");
                    }
                }
                int percentEnd = PercentReader.percentEnd(s, start);
                assertTrue(percentEnd >= start && percentEnd <= s.length(), s + " @" + start);
                if (percentEnd > start) {
                    assertTrue(PercentReader.parse(s.substring(start, percentEnd)).isPresent(),
                            "percentEnd cut " + s.substring(start, percentEnd) + " from " + s);
                }
            }
        }
    }

    private long randomMagnitude() {
        long bound = (long) Math.pow(10, 1 + random.nextInt(15));
        return Math.floorMod(random.nextLong(), bound);
    }

    private String noise(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** The standard written form: 一百零五, 三千零五十, 十万八千, 一亿零六; 十 alone at the head. */
    static String writeChinese(long n) {
        if (n == 0) {
            return "零";
        }
        StringBuilder sb = new StringBuilder();
        boolean gap = false;
        for (int g = 3; g >= 0; g--) {
            int group = (int) (n / (long) Math.pow(10, 4 * g) % 10_000);
            if (group == 0) {
                gap |= sb.length() > 0;
                continue;
            }
            if (sb.length() > 0 && (gap || group < 1000)) {
                sb.append('零');
            }
            writeGroup(sb, group);
            sb.append(GROUPS[g]);
            gap = false;
        }
        return sb.toString();
    }

    private static void writeGroup(StringBuilder sb, int group) {
        boolean head = sb.length() == 0;
        boolean wrote = false;
        boolean zero = false;
        for (int place = 3; place >= 0; place--) {
            int d = group / (int) Math.pow(10, place) % 10;
            if (d == 0) {
                zero = wrote; // a gap inside the group; a gap before it is written by the caller
                continue;
            }
            if (zero) {
                sb.append('零');
                zero = false;
            }
            if (!(head && !wrote && d == 1 && place == 1)) {
                sb.append(DIGITS.charAt(d));
            }
            sb.append(PLACES[place]);
            wrote = true;
        }
    }
}
