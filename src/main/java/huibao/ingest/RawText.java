package huibao.ingest;

import huibao.model.Span;
import java.util.List;
import java.util.Objects;

/**
 * A file's text as parsing left it, before cleaning.
 *
 * @param format    the format it was read as
 * @param mediaType the detected media type, with the charset for plain text
 * @param text      the parsed text; for PDFs a form feed ends every page
 * @param truncated whether the text stops at the write limit
 * @param pages     the number of pages for PDFs, else 0
 * @param ocr       where in {@code text} the text was read by OCR, in order
 * @param scansUnread pages without text left unread because Tesseract is missing
 */
record RawText(ReportFormat format, String mediaType, String text, boolean truncated, int pages, List<Span> ocr,
        int scansUnread) {

    RawText {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(text, "text");
        ocr = List.copyOf(ocr);
    }

    /** Text read without OCR. */
    RawText(ReportFormat format, String mediaType, String text, boolean truncated, int pages) {
        this(format, mediaType, text, truncated, pages, List.of(), 0);
    }

    RawText withScansUnread(int pagesUnread) {
        return new RawText(format, mediaType, text, truncated, pages, ocr, pagesUnread);
    }
}
