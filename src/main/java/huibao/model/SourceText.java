package huibao.model;

import java.util.List;
import java.util.Objects;

/**
 * A file after parsing and cleaning: its cleaned text, where that text came from and the
 * reports it holds. All fact spans of the file's reports index {@link #text()}.
 *
 * @param file      the file as given (path as typed, or relative to the folder ingested)
 * @param sha256    hash of the file's bytes, hex
 * @param mediaType media type Tika detected, "text/plain; charset=GB18030"
 * @param text      the cleaned text
 * @param offsets   map from cleaned offsets to offsets in the parsed raw text
 * @param sections  the reports in the file, in order; one section for an ordinary report
 * @param problems  non-fatal problems met while reading the file
 * @param ocr       where the parsed raw text (the offsets {@code offsets} map to) was read by OCR, in order;
 *                  empty when none was
 */
public record SourceText(
        String file,
        String sha256,
        String mediaType,
        String text,
        OffsetMap offsets,
        List<ReportSection> sections,
        List<Problem> problems,
        List<Span> ocr) {

    public SourceText {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(offsets, "offsets");
        sections = List.copyOf(sections);
        problems = List.copyOf(problems);
        ocr = List.copyOf(ocr);
        for (ReportSection s : sections) {
            if (s.range().end() > text.length()) {
                throw new IllegalArgumentException("section " + s.index() + " runs past the text of " + file);
            }
        }
    }

    /** A file read without OCR. */
    public SourceText(String file, String sha256, String mediaType, String text, OffsetMap offsets,
            List<ReportSection> sections, List<Problem> problems) {
        this(file, sha256, mediaType, text, offsets, sections, problems, List.of());
    }

    /** Whether the characters of {@code span} (in {@link #text()}) were read by OCR. */
    public boolean readByOcr(Span span) {
        if (ocr.isEmpty()) {
            return false;
        }
        int at = offsets.toRaw(span.start());
        for (Span s : ocr) {
            if (at >= s.start() && at < s.end()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the file is a compilation of several reports. */
    public boolean isCompilation() {
        return sections.size() > 1 || (sections.size() == 1 && sections.get(0).index() > 0);
    }
}
