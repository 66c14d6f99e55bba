package huibao.ingest;

import huibao.model.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.exception.WriteLimitReachedException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Writes the body of Tika's XHTML as plain text: one line per paragraph (an empty Word paragraph
 * is a blank line), a table row per line with its cells separated by tabs, a line feed for every
 * line break and a form feed at the end of every PDF page. Stops at a write limit.
 */
final class ParsedTextHandler extends DefaultHandler {

    private static final Set<String> BLOCKS = Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "pre", "blockquote", "address", "caption");

    private final StringBuilder text = new StringBuilder();
    private final int limit;
    private final boolean paged;
    /** The class of each open div: "page" ends a PDF page, "ocr" holds what Tesseract read. */
    private final Deque<String> divClass = new ArrayDeque<>();
    private final List<Span> ocrRanges = new ArrayList<>();
    private int ocrDepth;
    private int ocrStart;
    private int bodyDepth;
    private int blockDepth;
    private int blockStart;
    private int cellDepth;
    private int cellStart;
    private boolean rowHasCell;
    private boolean truncated;

    /**
     * @param limit the most characters to write
     * @param paged whether the source has pages (PDF): its empty paragraphs are layout, not blank lines
     */
    ParsedTextHandler(int limit, boolean paged) {
        this.limit = limit;
        this.paged = paged;
    }

    String text() {
        return text.toString();
    }

    /** Where the text was read by OCR (Tika's div class="ocr"), in order. */
    List<Span> ocrRanges() {
        return List.copyOf(ocrRanges);
    }

    /** Whether the text stops at the write limit. */
    boolean truncated() {
        return truncated;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        String name = name(localName, qName);
        if (name.equals("body")) {
            bodyDepth++;
        } else if (bodyDepth == 0) {
            return;
        } else if (BLOCKS.contains(name)) {
            if (blockDepth++ == 0) {
                if (cellDepth > 0 && text.length() > cellStart) {
                    write(' ');
                }
                blockStart = text.length();
            }
        } else if (name.equals("td") || name.equals("th")) {
            if (rowHasCell) {
                write('\t');
            }
            rowHasCell = true;
            cellDepth++;
            cellStart = text.length();
        } else if (name.equals("tr")) {
            rowHasCell = false;
        } else if (name.equals("br")) {
            write('\n');
        } else if (name.equals("div")) {
            String cls = Objects.requireNonNullElse(atts.getValue("class"), "");
            divClass.push(cls);
            if (cls.equals("ocr") && ocrDepth++ == 0) {
                ocrStart = text.length();
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        String name = name(localName, qName);
        if (name.equals("body")) {
            bodyDepth--;
        } else if (bodyDepth == 0) {
            return;
        } else if (BLOCKS.contains(name)) {
            if (--blockDepth == 0 && cellDepth == 0) {
                if (text.length() > blockStart) {
                    endLine();
                } else if (!paged) {
                    write('\n');
                }
            }
        } else if (name.equals("td") || name.equals("th")) {
            cellDepth--;
        } else if (name.equals("tr")) {
            write('\n');
        } else if (name.equals("div") && !divClass.isEmpty()) {
            String cls = divClass.pop();
            if (cls.equals("ocr") && --ocrDepth == 0 && text.length() > ocrStart) {
                ocrRanges.add(new Span(ocrStart, text.length()));
            } else if (cls.equals("page")) {
                endLine();
                write('\f');
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (bodyDepth > 0) {
            write(ch, start, length);
        }
    }

    /** Inside a paragraph this is a line separator (PDF lines); between elements it is layout. */
    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (bodyDepth > 0 && blockDepth > 0) {
            write(ch, start, length);
        }
    }

    private void endLine() throws SAXException {
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            write('\n');
        }
    }

    private void write(char c) throws SAXException {
        write(new char[] {c}, 0, 1);
    }

    private void write(char[] ch, int start, int length) throws SAXException {
        int room = limit - text.length();
        if (length > room) {
            text.append(ch, start, Math.max(0, room));
            truncated = true;
            throw new WriteLimitReachedException(limit);
        }
        text.append(ch, start, length);
    }

    private static String name(String localName, String qName) {
        return (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
    }
}
