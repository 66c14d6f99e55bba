package huibao.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.tika.exception.TikaConfigException;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;

/**
 * Whether scans can be read by OCR: Tesseract on the PATH with its chi_sim model. Asked once, on the
 * first file that needs it ({@code tesseract --list-langs}), so that a folder without scans never
 * starts Tesseract. Thread-safe.
 */
final class Ocr {

    /** What to do when Tesseract or its Chinese model is missing, said with the file that needed it. */
    static final String INSTALL_HINT = "install Tesseract with its chi_sim model to read it by OCR"
            + " (Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-chi-sim)";
    private static final Ocr ON_PATH = new Ocr(true);
    private static final Ocr NONE = new Ocr(false);

    private final boolean probe;
    private volatile Optional<Engine> engine;

    /** The OCR engine and the config it is run with. */
    record Engine(TesseractOCRParser parser, TesseractOCRConfig config) {
    }

    private Ocr(boolean probe) {
        this.probe = probe;
    }

    /** Tesseract as found on the PATH. */
    static Ocr onPath() {
        return ON_PATH;
    }

    /** No OCR, as on a machine without Tesseract. */
    static Ocr none() {
        return NONE;
    }

    /** The engine, or empty when Tesseract or chi_sim is missing; probed on the first call only. */
    Optional<Engine> engine() {
        Optional<Engine> e = engine;
        if (e == null) {
            synchronized (this) {
                if (engine == null) {
                    engine = probe ? probe() : Optional.empty();
                }
                e = engine;
            }
        }
        return e;
    }

    private static Optional<Engine> probe() {
        String languages = languages();
        if (!languages.contains("\nchi_sim\n")) {
            return Optional.empty();
        }
        TesseractOCRConfig config = new TesseractOCRConfig();
        // chi_sim alone: it reads the digits, % and Latin letters of reports; adding eng read no more
        // of a corpus page's figures (OcrReportsTest) and took twice the time
        config.setLanguage("chi_sim");
        TesseractOCRParser parser = new TesseractOCRParser();
        try {
            parser.initialize(Map.of());
            return parser.hasTesseract() ? Optional.of(new Engine(parser, config)) : Optional.empty();
        } catch (TikaConfigException e) {
            return Optional.empty();
        }
    }

    /** The output of {@code tesseract --list-langs}, one language a line, or "" when it does not run. */
    private static String languages() {
        try {
            Process p = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
            try (InputStream out = p.getInputStream()) {
                String listed = new String(out.readNBytes(64 << 10), StandardCharsets.UTF_8);
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    return "";
                }
                return "\n" + listed.replace("\r", "") + "\n";
            }
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
