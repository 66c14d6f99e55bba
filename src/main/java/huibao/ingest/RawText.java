package huibao.ingest;

import java.util.Objects;

/**
 * A file's text as parsing left it, before cleaning.
 *
 * @param format    the format it was read as
 * @param mediaType the detected media type, with the charset for plain text
 * @param text      the parsed text; for PDFs a form feed ends every page
 * @param truncated whether the text stops at the write limit
 * @param pages     the number of pages for PDFs, else 0
 */
record RawText(ReportFormat format, String mediaType, String text, boolean truncated, int pages) {

    RawText {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(text, "text");
    }
}
