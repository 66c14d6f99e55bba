package huibao.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.txt.Icu4jEncodingDetector;
import org.apache.tika.parser.txt.UniversalEncodingDetector;

/**
 * Decodes a plain-text report, deciding its charset itself: statistical detectors misjudge the
 * short Chinese texts reports often are, while these checks are exact. In order: a byte order
 * mark; strict UTF-8 (without NUL bytes); UTF-16 without a mark, little- or big-endian, when one
 * reading gives text a Chinese report is written in; strict GB18030 (which covers GBK and GB2312)
 * giving such text; and only then Tika's detectors.
 *
 * <p>The text keeps every character of the file, a byte order mark included (cleaning deletes it),
 * so that offsets in the text are the file's character offsets.
 */
final class PlainTextDecoder {

    /** Share of characters a Chinese report is written in that a guessed charset must give. */
    private static final double PLAUSIBLE = 0.9;
    private static final Charset GB18030 = Charset.forName("GB18030");

    /**
     * A decoded text.
     *
     * @param charset the charset it was read in
     * @param text    the text, byte order mark included
     */
    record Decoded(Charset charset, String text) {
    }

    private PlainTextDecoder() {
    }

    static Decoded decode(byte[] bytes) {
        Charset marked = byteOrderMark(bytes);
        if (marked != null) {
            return new Decoded(marked, new String(bytes, marked));
        }
        if (!hasNul(bytes)) {
            String utf8 = strict(StandardCharsets.UTF_8, bytes);
            if (utf8 != null) {
                return new Decoded(StandardCharsets.UTF_8, utf8);
            }
        }
        if (bytes.length % 2 == 0) {
            Decoded le = plausible(StandardCharsets.UTF_16LE, bytes);
            Decoded be = plausible(StandardCharsets.UTF_16BE, bytes);
            if (le != null || be != null) {
                return be == null || le != null && plausibility(le.text) >= plausibility(be.text) ? le : be;
            }
        }
        Decoded gb = plausible(GB18030, bytes);
        if (gb != null) {
            return gb;
        }
        Charset detected = detect(bytes);
        return new Decoded(detected, new String(bytes, detected));
    }

    private static Charset byteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean hasNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static Decoded plausible(Charset charset, byte[] bytes) {
        String text = strict(charset, bytes);
        return text != null && plausibility(text) >= PLAUSIBLE ? new Decoded(charset, text) : null;
    }

    private static String strict(Charset charset, byte[] bytes) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The share of {@code text} in characters Chinese reports are written in. */
    static double plausibility(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int good = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isReportCharacter(text.charAt(i))) {
                good++;
            }
        }
        return (double) good / text.length();
    }

    private static boolean isReportCharacter(char c) {
        return c >= 0x20 && c < 0x7F || c == '\n' || c == '\r' || c == '\t' || c == '\f'
                || c >= 0x4E00 && c <= 0x9FFF      // CJK unified ideographs
                || c >= 0x3400 && c <= 0x4DBF      // extension A
                || c >= 0x3000 && c <= 0x303F      // CJK punctuation
                || c >= 0xFF00 && c <= 0xFFEF      // full-width forms
                || c >= 0x2010 && c <= 0x206F      // dashes, quotes, ellipsis
                || c >= 0x2100 && c <= 0x218F      // ℃, №, Roman numerals
                || c >= 0x2460 && c <= 0x24FF      // circled numbers
                || c >= 0x25A0 && c <= 0x25FF      // ■ ● ◆
                || c == 0xA0 || c == 0xB7 || c == 0xD7 || c == 0xB0 || c == 0xFEFF;
    }

    /** Tika's detectors, for what the exact checks could not settle. */
    private static Charset detect(byte[] bytes) {
        for (EncodingDetector detector : new EncodingDetector[] {
                new Icu4jEncodingDetector(), new UniversalEncodingDetector()}) {
            try {
                Charset c = detector.detect(new ByteArrayInputStream(bytes), new Metadata());
                if (c != null) {
                    return c;
                }
            } catch (IOException e) {
                // cannot happen on a byte array; try the next detector
            }
        }
        return GB18030;
    }
}
