package huibao.ingest;

import huibao.model.Problem;
import java.io.IOException;
import java.util.Optional;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;

/**
 * Reads a file's bytes into raw text: detects the type with Tika, decodes plain text with
 * {@link PlainTextDecoder} (so that its characters and offsets are the file's own), and parses
 * Word and PDF files with one Tika {@link AutoDetectParser} that knows only those parsers.
 * Failures come out as {@link UnreadableFileException} typed by cause. Thread-safe.
 */
final class DocumentParser {

    private static final String ENCRYPTED_OOXML = "application/x-tika-ooxml-protected";
    /** Share of control characters from which a "text" file is taken to hold binary data. */
    private static final double BINARY_SHARE = 0.01;

    private final Detector detector;
    private final AutoDetectParser parser;
    private final PDFParserConfig pdfConfig;
    private final OfficeParserConfig officeConfig;
    private final int writeLimit;

    DocumentParser(int writeLimit) {
        this.writeLimit = writeLimit;
        this.detector = new DefaultDetector();
        this.parser = new AutoDetectParser(detector, new OOXMLParser(), new OfficeParser(), new PDFParser());
        this.pdfConfig = new PDFParserConfig();
        pdfConfig.setExtractAnnotationText(false);
        pdfConfig.setExtractBookmarksText(false);
        pdfConfig.setExtractInlineImages(false);
        pdfConfig.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        this.officeConfig = new OfficeParserConfig();
        // headers and footers repeat on every page and belong to no report
        officeConfig.setIncludeHeadersAndFooters(false);
        officeConfig.setIncludeDeletedContent(false);
        officeConfig.setIncludeMoveFromContent(false);
        officeConfig.setExtractMacros(false);
    }

    /** Parses {@code bytes} (not empty), the whole of the file shown as {@code file}. */
    RawText parse(byte[] bytes, String file) throws UnreadableFileException {
        return parse(bytes, file, false);
    }

    /**
     * Parses {@code bytes} (not empty) of the file shown as {@code file}; {@code cut} when they are
     * only the start of a plain-text file, whose text then counts as cut at the write limit.
     */
    RawText parse(byte[] bytes, String file, boolean cut) throws UnreadableFileException {
        String name = fileName(file);
        Optional<ReportFormat> claimed = ReportFormat.claimedBy(name);
        MediaType type = detect(bytes, name, file);
        if (type.getBaseType().toString().equals(ENCRYPTED_OOXML)) {
            throw new UnreadableFileException(file, Problem.Kind.ENCRYPTED, ReportFormat.DOCX.passwordProtected());
        }
        Optional<ReportFormat> detected = ReportFormat.ofMediaType(type.getBaseType().toString());
        if (detected.isEmpty()) {
            throw notReadable(file, bytes, type, claimed);
        }
        ReportFormat format = detected.get();
        return format == ReportFormat.TEXT ? decode(bytes, file, cut) : tikaParse(bytes, name, file, format);
    }

    private MediaType detect(byte[] bytes, String name, String file) throws UnreadableFileException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            return detector.detect(in, metadata);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(file, Problem.Kind.CORRUPT, "type cannot be detected: " + reason(e), e);
        }
    }

    /** A file of a type huibao does not read: broken when its name claims a format, else unsupported. */
    private static UnreadableFileException notReadable(String file, byte[] bytes, MediaType type,
            Optional<ReportFormat> claimed) {
        if (claimed.isPresent() && claimed.get() != ReportFormat.TEXT) {
            ReportFormat f = claimed.get();
            String reason = f.hasSignature(bytes) ? "named as " + f.description() + " but holds " + type.getBaseType()
                    : f.missingSignature();
            return new UnreadableFileException(file, Problem.Kind.CORRUPT, reason);
        }
        return new UnreadableFileException(file, Problem.Kind.UNSUPPORTED, "unsupported type " + type.getBaseType());
    }

    private RawText decode(byte[] bytes, String file, boolean cut) throws UnreadableFileException {
        PlainTextDecoder.Decoded decoded = PlainTextDecoder.decode(bytes);
        String text = decoded.text();
        if (controlShare(text) > BINARY_SHARE) {
            throw new UnreadableFileException(file, Problem.Kind.CORRUPT,
                    "plain text expected but the file holds binary data");
        }
        boolean truncated = cut || text.length() > writeLimit;
        if (text.length() > writeLimit) {
            int end = Character.isHighSurrogate(text.charAt(writeLimit - 1)) ? writeLimit - 1 : writeLimit;
            text = text.substring(0, end);
        }
        return new RawText(ReportFormat.TEXT, "text/plain; charset=" + decoded.charset().name(), text, truncated, 0);
    }

    private RawText tikaParse(byte[] bytes, String name, String file, ReportFormat format)
            throws UnreadableFileException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        ParseContext context = new ParseContext();
        context.set(PDFParserConfig.class, pdfConfig);
        context.set(OfficeParserConfig.class, officeConfig);
        ParsedTextHandler handler = new ParsedTextHandler(writeLimit, format == ReportFormat.PDF);
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            parser.parse(in, handler, metadata, context);
        } catch (Exception e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw failure(file, bytes, format, e);
            }
        }
        String mediaType = Optional.ofNullable(metadata.get(Metadata.CONTENT_TYPE)).orElse(format.name());
        Integer pages = metadata.getInt(PagedText.N_PAGES);
        return new RawText(format, mediaType, handler.text(), handler.truncated(), pages == null ? 0 : pages);
    }

    /** Types a parse failure by its cause. */
    private static UnreadableFileException failure(String file, byte[] bytes, ReportFormat format, Exception e) {
        if (causedBy(e, EncryptedDocumentException.class)
                || causedBy(e, org.apache.poi.EncryptedDocumentException.class)) {
            return new UnreadableFileException(file, Problem.Kind.ENCRYPTED, format.passwordProtected(), e);
        }
        if (causedBy(e, ZeroByteFileException.class)) {
            return new UnreadableFileException(file, Problem.Kind.EMPTY, "the file has no bytes", e);
        }
        String reason = format.hasSignature(bytes) ? "broken " + format.description() + ": " + reason(e)
                : format.missingSignature();
        return new UnreadableFileException(file, Problem.Kind.CORRUPT, reason, e);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The innermost message, which names what is actually wrong. */
    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message.strip();
    }

    private static double controlShare(String text) {
        int bad = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' || c == '\uFFFD') {
                bad++;
            }
        }
        return text.isEmpty() ? 0 : (double) bad / text.length();
    }

    private static String fileName(String file) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return file.substring(slash + 1);
    }
}
