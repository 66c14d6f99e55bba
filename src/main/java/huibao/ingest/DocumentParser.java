package huibao.ingest;

import huibao.model.Problem;
import huibao.model.Span;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
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
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.parser.ocr.TesseractOCRConfig;

/**
 * Reads a file's bytes into raw text: detects the type with Tika, decodes plain text with
 * {@link PlainTextDecoder} (so that its characters and offsets are the file's own), and parses
 * Word and PDF files with one Tika {@link AutoDetectParser} that knows only those parsers. Scans
 * (PDF pages without text, image files) are read by Tesseract through Tika when {@link Ocr} finds it.
 * Failures come out as {@link UnreadableFileException} typed by cause. Thread-safe.
 */
final class DocumentParser {

    private static final String ENCRYPTED_OOXML = "application/x-tika-ooxml-protected";
    /** Element nesting past which a Word part is refused: documents nest a few dozen levels. */
    private static final int MAX_NESTING = 1_000;
    /** Parts are scanned for their nesting and paragraphs up to this size; the rest of a larger one is left to Tika and POI. */
    private static final int MAX_SCANNED_PART = 32 << 20;
    /**
     * Paragraphs past which a Word part is refused: a report of a thousand pages has some tens of
     * thousands, and POI takes seconds for each hundred thousand.
     */
    private static final int MAX_PARAGRAPHS = 200_000;
    private static final XMLInputFactory STAX = stax();

    /** POI's refusal to read a record (a zip entry, in a .docx) past its size limit. */
    private static final Pattern RECORD_LIMIT = Pattern.compile("maximum length for this record type is ([\\d,]+)");
    /** Share of control characters from which a "text" file is taken to hold binary data. */
    private static final double BINARY_SHARE = 0.01;

    private final Detector detector;
    private final AutoDetectParser parser;
    private final PDFParserConfig pdfConfig;
    /** For a second reading of a PDF with pages without text: Tika OCRs those pages only. */
    private final PDFParserConfig scanConfig;
    private final Ocr ocr;
    private final OfficeParserConfig officeConfig;
    private final int writeLimit;

    DocumentParser(int writeLimit) {
        this(writeLimit, Ocr.onPath());
    }

    DocumentParser(int writeLimit, Ocr ocr) {
        this.writeLimit = writeLimit;
        this.ocr = ocr;
        this.detector = new DefaultDetector();
        this.parser = new AutoDetectParser(detector, new OOXMLParser(), new OfficeParser(), new PDFParser());
        this.pdfConfig = pdfConfig(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        // AUTO OCRs a page only when it holds (next to) no text: the pages with text are read as they are
        this.scanConfig = pdfConfig(PDFParserConfig.OCR_STRATEGY.AUTO);
        this.officeConfig = new OfficeParserConfig();
        // headers and footers repeat on every page and belong to no report
        officeConfig.setIncludeHeadersAndFooters(false);
        officeConfig.setIncludeDeletedContent(false);
        officeConfig.setIncludeMoveFromContent(false);
        officeConfig.setExtractMacros(false);
    }

    /** How PDFs are read: the page text only, no annotations, bookmarks or embedded images. */
    private static PDFParserConfig pdfConfig(PDFParserConfig.OCR_STRATEGY ocrStrategy) {
        PDFParserConfig config = new PDFParserConfig();
        config.setExtractAnnotationText(false);
        config.setExtractBookmarksText(false);
        config.setExtractInlineImages(false);
        config.setOcrStrategy(ocrStrategy);
        return config;
    }

    /** A StAX factory that reads no DTD and resolves no entity: the parts come from whoever sent the file. */
    private static XMLInputFactory stax() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
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
        if (claimed.orElse(null) == ReportFormat.TEXT && ChineseTextStart.holds(bytes)) {
            return decode(bytes, file, cut);
        }
        MediaType type = detect(bytes, name, file);
        if (type.getBaseType().toString().equals(ENCRYPTED_OOXML)) {
            throw new UnreadableFileException(file, Problem.Kind.ENCRYPTED, ReportFormat.DOCX.passwordProtected());
        }
        Optional<ReportFormat> detected = ReportFormat.ofMediaType(type.getBaseType().toString());
        if (detected.isEmpty()) {
            throw notReadable(file, bytes, type, claimed);
        }
        ReportFormat format = detected.get();
        return switch (format) {
            case TEXT -> decode(bytes, file, cut);
            case IMAGE -> ocrImage(bytes, name, file, type);
            case PDF -> pdf(bytes, name, file);
            default -> tikaParse(bytes, name, file, format, null);
        };
    }

    /**
     * A PDF read for its text layer; when a page has none (a scan), read again with OCR on such pages,
     * or, without Tesseract, as it is with those pages counted as unread. A PDF with text on every
     * page never starts Tesseract.
     */
    private RawText pdf(byte[] bytes, String name, String file) throws UnreadableFileException {
        RawText raw = tikaParse(bytes, name, file, ReportFormat.PDF, null);
        int blank = blankPages(raw);
        if (blank == 0) {
            return raw;
        }
        Optional<Ocr.Engine> engine = ocr.engine();
        return engine.isPresent() ? tikaParse(bytes, name, file, ReportFormat.PDF, engine.get())
                : raw.withScansUnread(blank);
    }

    /** Pages of a PDF's text (each ended by a form feed) that hold no text; none when it was cut. */
    private static int blankPages(RawText raw) {
        if (raw.truncated()) {
            return 0;
        }
        String[] pages = raw.text().split("\f", -1);
        int blank = 0;
        for (int i = 0; i < Math.max(raw.pages(), 1) && i < pages.length; i++) {
            if (pages[i].isBlank()) {
                blank++;
            }
        }
        return blank;
    }

    /** An image file read by OCR; without Tesseract it is refused with how to install it. */
    private RawText ocrImage(byte[] bytes, String name, String file, MediaType type) throws UnreadableFileException {
        Optional<Ocr.Engine> engine = ocr.engine();
        if (engine.isEmpty()) {
            throw new UnreadableFileException(file, Problem.Kind.NO_TEXT_LAYER,
                    "an image (" + type.getBaseType() + "), read only by OCR; " + Ocr.INSTALL_HINT);
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        metadata.set(Metadata.CONTENT_TYPE, type.toString());
        ParseContext context = new ParseContext();
        context.set(TesseractOCRConfig.class, engine.get().config());
        ParsedTextHandler handler = new ParsedTextHandler(writeLimit, false);
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            engine.get().parser().parse(in, handler, metadata, context);
        } catch (Exception e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new UnreadableFileException(file, Problem.Kind.CORRUPT, "broken image: " + reason(e), e);
            }
        }
        String text = handler.text();
        return new RawText(ReportFormat.IMAGE, type.toString(), text, handler.truncated(), 1,
                List.of(new Span(0, text.length())), 0);
    }

    private MediaType detect(byte[] bytes, String name, String file) throws UnreadableFileException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            return detector.detect(in, metadata);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(file, Problem.Kind.CORRUPT, "type cannot be detected: " + reason(e), e);
        } catch (StackOverflowError e) {
            // an OLE2 storage tree (.doc) of folders nested thousands deep exhausts the detector's recursion
            String format = ReportFormat.claimedBy(name).map(ReportFormat::description).orElse("file");
            throw new UnreadableFileException(file, Problem.Kind.CORRUPT, "broken " + format + ": nested too deeply to be read", e);
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

    /** A Word or PDF file parsed by Tika; a PDF's pages without text are OCR'd when {@code scans} is given. */
    private RawText tikaParse(byte[] bytes, String name, String file, ReportFormat format, Ocr.Engine scans)
            throws UnreadableFileException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        ParseContext context = new ParseContext();
        context.set(PDFParserConfig.class, scans == null ? pdfConfig : scanConfig);
        if (scans != null) {
            context.set(TesseractOCRConfig.class, scans.config());
            context.set(Parser.class, scans.parser());
        }
        context.set(OfficeParserConfig.class, officeConfig);
        if (format == ReportFormat.DOCX) {
            // refused before parsing: a stack overflow inside POI's XML code can leave a lock held that
            // every later Word document then waits on, so catching it is not enough; and POI builds an
            // object per paragraph, some 15 microseconds each, so millions of them take minutes
            Optional<String> refusal = refusal(bytes, format);
            if (refusal.isPresent()) {
                throw new UnreadableFileException(file, Problem.Kind.CORRUPT, refusal.get());
            }
        }
        ParsedTextHandler handler = new ParsedTextHandler(writeLimit, format == ReportFormat.PDF);
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            parser.parse(in, handler, metadata, context);
        } catch (Exception e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw failure(file, bytes, format, e);
            }
        } catch (StackOverflowError e) {
            // elements nested tens of thousands deep (<w:sdt> in <w:sdt> ...) exhaust the parser's recursion
            throw new UnreadableFileException(file, Problem.Kind.CORRUPT,
                    "broken " + format.description() + ": nested too deeply to be read", e);
        }
        String mediaType = Optional.ofNullable(metadata.get(Metadata.CONTENT_TYPE)).orElse(format.name());
        Integer pages = metadata.getInt(PagedText.N_PAGES);
        return new RawText(format, mediaType, handler.text(), handler.truncated(), pages == null ? 0 : pages,
                handler.ocrRanges(), 0);
    }

    /**
     * Why a Word package is refused before parsing, if it is: an XML part that nests its elements
     * deeper than any document does, or holds more paragraphs than any report. Read with StAX, which
     * keeps no stack of its own, and only as far as a limit trips or {@link #MAX_SCANNED_PART} bytes.
     */
    private static Optional<String> refusal(byte[] bytes, ReportFormat format) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.getName().endsWith(".xml")) {
                    continue;
                }
                PartShape shape = shape(zip.readNBytes(MAX_SCANNED_PART));
                if (shape.depth() > MAX_NESTING) {
                    return Optional.of("broken " + format.description() + ": nested too deeply to be read");
                }
                if (shape.paragraphs() > MAX_PARAGRAPHS) {
                    return Optional.of(String.format(Locale.ROOT, "refused: more than %,d paragraphs in %s, more"
                            + " than any report has", MAX_PARAGRAPHS, entry.getName()));
                }
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * How deep an XML part nests and how many paragraphs it holds, each counted up to just past its
     * limit, and only as far as the part can be read (it may be cut at {@link #MAX_SCANNED_PART}).
     */
    private record PartShape(int depth, int paragraphs) {
    }

    private static PartShape shape(byte[] part) throws XMLStreamException {
        XMLStreamReader xml = STAX.createXMLStreamReader(new ByteArrayInputStream(part));
        try {
            int depth = 0;
            int deepest = 0;
            int paragraphs = 0;
            try {
                while (xml.hasNext() && deepest <= MAX_NESTING && paragraphs <= MAX_PARAGRAPHS) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        deepest = Math.max(deepest, ++depth);
                        if (xml.getLocalName().equals("p")) {
                            paragraphs++;
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                    }
                }
            } catch (XMLStreamException e) {
                // cut at the scan limit, or broken: what was read so far counts, Tika names the rest
            }
            return new PartShape(deepest, paragraphs);
        } finally {
            xml.close();
        }
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
        if (zipBomb(e)) {
            return new UnreadableFileException(file, Problem.Kind.CORRUPT,
                    "refused: a zip bomb (" + reason(e).replaceFirst("^Suspected zip bomb: ", "") + ")", e);
        }
        Matcher limit = RECORD_LIMIT.matcher(reason(e));
        if (format == ReportFormat.DOCX && limit.find()) {
            // POI will not hold a part of the package this large in memory: it expands from a few bytes
            return new UnreadableFileException(file, Problem.Kind.CORRUPT,
                    "refused: a zip bomb (a part expands past " + limit.group(1) + " bytes)", e);
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

    /**
     * Whether Tika or POI refused the file as a zip bomb: a part that inflates far beyond its
     * compressed size, or a package with more entries than any document holds.
     */
    private static boolean zipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("zip bomb") || m.contains("Zip bomb") || m.contains("potentially malicious"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The innermost message, which names what is actually wrong, in one line: the libraries add
     * lines of advice for their callers (how to raise a limit) that mean nothing to the analyst.
     */
    static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : root.getMessage().strip();
        if (message.startsWith("Zip bomb detected!") || message.startsWith("The file appears to be potentially malicious")) {
            return bombFacts(message);
        }
        int end = message.indexOf('\n');
        message = (end < 0 ? message : message.substring(0, end)).strip();
        return message.isEmpty() ? root.getClass().getSimpleName() : message;
    }

    /** Of POI's several lines on a zip bomb, the entry and the sizes that tripped the limit. */
    private static String bombFacts(String message) {
        List<String> facts = new ArrayList<>();
        for (String line : message.split("\n")) {
            String l = line.strip();
            if (l.startsWith("Uncompressed size") || l.startsWith("Limits")) {
                facts.add(l);
            }
        }
        return facts.isEmpty() ? "too many entries or too large when expanded" : String.join("; ", facts);
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
