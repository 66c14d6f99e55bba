package huibao.ingest;

import huibao.config.Dictionaries;
import huibao.model.Problem;
import huibao.model.SourceText;
import huibao.model.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.util.Arrays;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Reads report files into {@link SourceText}: parses the file (plain text in any of the charsets
 * reports come in, Word .docx, .doc and Kingsoft .wps, PDF with a text layer), cleans the text and
 * finds the reports in it (one, or each report of a compilation). Built once from the dictionaries
 * and safe to share between threads.
 *
 * <pre>{@code
 * ReportReader reader = new ReportReader(Dictionaries.packaged());
 * try {
 *     SourceText source = reader.read(path, "002.docx");
 * } catch (UnreadableFileException e) {
 *     problems.add(e.toProblem());   // and go on with the next file
 * }
 * }</pre>
 */
public final class ReportReader {

    /**
     * Characters of parsed text kept per file: several times the largest report, and what one file
     * may take while several are read at once in a 1 GiB heap (a text of 2,000,000 characters dense
     * with figures holds some 300 MB while it is extracted). A file cut there is read with a warning.
     */
    public static final int DEFAULT_WRITE_LIMIT = 2_000_000;
    /** Most bytes a character takes in the charsets plain text comes in (GB18030 and UTF-8: four). */
    private static final int MAX_BYTES_PER_CHAR = 4;
    /** Files larger than this are refused before reading. */
    private static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    private final DocumentParser parser;
    private final TextCleaner cleaner;
    private final CompilationSplitter splitter;
    private final int writeLimit;

    /** A reader with the cleaning rules of {@code dictionaries} and the default write limit. */
    public ReportReader(Dictionaries dictionaries) {
        this(dictionaries, DEFAULT_WRITE_LIMIT);
    }

    /**
     * A reader that keeps at most {@code writeLimit} characters of each file's parsed text; a file
     * cut there is read with a problem saying so.
     */
    public ReportReader(Dictionaries dictionaries, int writeLimit) {
        this(dictionaries, writeLimit, Ocr.onPath());
    }

    /** A reader that reads scans with {@code ocr}: {@link Ocr#none()} as on a machine without Tesseract. */
    ReportReader(Dictionaries dictionaries, int writeLimit, Ocr ocr) {
        if (writeLimit < 1) {
            throw new IllegalArgumentException("write limit must be positive, was " + writeLimit);
        }
        CleaningRules rules = CleaningRules.from(dictionaries);
        this.parser = new DocumentParser(writeLimit, ocr);
        this.cleaner = new TextCleaner(BoilerplateRules.from(dictionaries), rules);
        this.splitter = new CompilationSplitter(rules);
        this.writeLimit = writeLimit;
    }

    /**
     * Reads the file at {@code path}.
     *
     * @param path the file
     * @param file the name the file goes by in outputs and doc ids: "002.docx", or its path relative
     *             to the folder being ingested
     * @return the cleaned text, its map back to the parsed text, and its reports
     * @throws UnreadableFileException when the file is missing, empty, encrypted, of an unsupported
     *                                 type, broken, or a PDF without a text layer
     */
    public SourceText read(Path path, String file) throws UnreadableFileException {
        FileBytes bytes = bytes(path, file, (long) MAX_BYTES_PER_CHAR * writeLimit);
        RawText raw = parser.parse(bytes.bytes(), file, bytes.cut());
        CleanedText clean = cleaner.clean(raw.text());
        if (clean.text().isBlank()) {
            throw blank(raw, file);
        }
        ReportLayout layout = splitter.split(file, clean.text());
        List<Problem> problems = new ArrayList<>(layout.problems());
        if (raw.truncated()) {
            int end = clean.text().length();
            problems.add(new Problem(file, new Span(end, end), Problem.Kind.UNREADABLE, String.format(Locale.ROOT,
                    "text cut at %,d characters, the write limit; the rest of the file was not read", writeLimit)));
        }
        if (raw.scansUnread() > 0) {
            int end = clean.text().length();
            problems.add(new Problem(file, new Span(end, end), Problem.Kind.UNREADABLE, raw.scansUnread()
                    + (raw.scansUnread() == 1 ? " page" : " pages") + " without text (a scan?) not read; "
                    + Ocr.INSTALL_HINT));
        }
        return new SourceText(file, bytes.sha256(), raw.mediaType(), clean.text(), clean.offsets(),
                layout.sections(), problems, raw.ocr());
    }

    /** Why a file whose text is blank cannot be read: a scan OCR found nothing on, or one it could not read. */
    private static UnreadableFileException blank(RawText raw, String file) {
        String pages = raw.pages() + (raw.pages() == 1 ? " page" : " pages");
        if (raw.format() == ReportFormat.IMAGE) {
            return new UnreadableFileException(file, Problem.Kind.NO_TEXT_LAYER, "OCR read no text in the image");
        }
        if (raw.format() != ReportFormat.PDF) {
            return new UnreadableFileException(file, Problem.Kind.EMPTY, "no text in the file");
        }
        return new UnreadableFileException(file, Problem.Kind.NO_TEXT_LAYER, raw.scansUnread() > 0
                ? "no text on its " + pages + " (images only, a scan?); " + Ocr.INSTALL_HINT
                : "no text on its " + pages + ", not even by OCR (images only?)");
    }

    /**
     * Tika's plain parse of {@code file} ({@code AutoDetectParser} into a {@code BodyContentHandler}),
     * with nothing of huibao's reading: the baseline {@code huibao bench} measures ingest against.
     * A report is never read this way.
     */
    public static String plainText(Path file) throws IOException {
        return PlainParse.text(file);
    }

    /**
     * Whether a file's name says it is a report huibao reads (.txt, .docx, .doc, .wps, .pdf, and the
     * images .png .jpg .jpeg .tif .tiff, read by OCR) and it is not an Office lock file
     * ({@code ~$report.docx}). A folder walk reads the candidates and must still report every other
     * file, for example by reading it too: {@link #read} then fails with {@link Problem.Kind#UNSUPPORTED}
     * and the type it found ("unsupported type image/gif").
     */
    public static boolean isCandidate(Path path) {
        Path name = path.getFileName();
        if (name == null || !Files.isRegularFile(path)) {
            return false;
        }
        String s = name.toString();
        return !s.startsWith("~$") && ReportFormat.claimedBy(s).isPresent();
    }

    /**
     * The bytes to parse, the whole file's SHA-256, and whether the bytes stop short of the file:
     * a plain-text file longer than the write limit can hold is read only as far as it (to its last
     * whole line), so that a text of hundreds of megabytes takes no more memory than one within it.
     */
    private record FileBytes(byte[] bytes, String sha256, boolean cut) {
    }

    private static FileBytes bytes(Path path, String file, long textBytes) throws UnreadableFileException {
        try {
            if (Files.isDirectory(path)) {
                throw new UnreadableFileException(file, Problem.Kind.UNREADABLE, "a folder, not a file");
            }
            long size = Files.size(path);
            if (size == 0) {
                throw new UnreadableFileException(file, Problem.Kind.EMPTY, "the file has no bytes");
            }
            boolean plainText = ReportFormat.claimedBy(path.getFileName().toString()).orElse(null) == ReportFormat.TEXT;
            if (plainText && size > textBytes) {
                return prefix(path, (int) textBytes);
            }
            if (size > MAX_FILE_BYTES) {
                throw new UnreadableFileException(file, Problem.Kind.UNREADABLE, String.format(Locale.ROOT,
                        "too large (%,d bytes); reports are read up to %,d bytes", size, MAX_FILE_BYTES));
            }
            byte[] all = Files.readAllBytes(path);
            return new FileBytes(all, HexFormat.of().formatHex(sha256().digest(all)), false);
        } catch (NoSuchFileException e) {
            throw new UnreadableFileException(file, Problem.Kind.UNREADABLE, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new UnreadableFileException(file, Problem.Kind.UNREADABLE, "permission denied", e);
        } catch (IOException e) {
            throw new UnreadableFileException(file, Problem.Kind.UNREADABLE, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** The first {@code length} bytes cut after their last line feed, with the hash of the whole file. */
    private static FileBytes prefix(Path path, int length) throws IOException {
        MessageDigest digest = sha256();
        byte[] head = new byte[length];
        int filled = 0;
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
            for (int n; filled < length && (n = in.read(head, filled, length - filled)) > 0; ) {
                filled += n;
            }
            in.transferTo(OutputStream.nullOutputStream());
        }
        return new FileBytes(Arrays.copyOf(head, lineEnd(head, filled)), HexFormat.of().formatHex(digest.digest()), true);
    }

    /**
     * Where a cut keeps whole characters: after the last line feed byte, which no multi-byte
     * character of UTF-8 or GB18030 contains; in UTF-16 (NUL bytes) at an even length, the line
     * feed's other byte included.
     */
    private static int lineEnd(byte[] bytes, int length) {
        int cut = length;
        while (cut > 0 && bytes[cut - 1] != '\n') {
            cut--;
        }
        if (cut == 0) {
            cut = length;
        }
        if (cut % 2 == 1 && cut < length && hasNul(bytes, cut)) {
            cut++;
        }
        return cut;
    }

    private static boolean hasNul(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
