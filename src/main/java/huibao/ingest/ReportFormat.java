package huibao.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The file formats reports come in, with the names that claim them and the signature their bytes
 * must start with, so that a broken file can be told apart from a file of another type.
 */
enum ReportFormat {
    TEXT("plain text", "plain text", List.of("txt", "text"), Set.of("text/plain"), null, null),
    DOCX("Word document", "Word document", List.of("docx", "docm"),
            Set.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "application/vnd.ms-word.document.macroenabled.12"),
            new byte[] {'P', 'K', 3, 4}, "not a valid Office Open XML package (zip header missing)"),
    WORD_BINARY("Word binary (.doc, .wps)", "Word document", List.of("doc", "wps", "dot"), Set.of("application/msword"),
            new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
            "not a valid Word binary (OLE2 compound file header missing)"),
    PDF("PDF", "PDF", List.of("pdf"), Set.of("application/pdf"),
            "%PDF-".getBytes(StandardCharsets.US_ASCII), "not a valid PDF (%PDF- header missing)"),
    /** A scanned page as an image, read by OCR when Tesseract is installed. */
    IMAGE("image", "image", List.of("png", "jpg", "jpeg", "tif", "tiff"), Set.of("image/png", "image/jpeg", "image/tiff"),
            null, null);

    /** A PDF may carry a few bytes of junk before its header; readers look this far. */
    private static final int PDF_HEADER_WINDOW = 1024;

    private final String description;
    private final String protectedName;
    private final List<String> extensions;
    private final Set<String> mediaTypes;
    private final byte[] signature;
    private final String missingSignature;

    ReportFormat(String description, String protectedName, List<String> extensions, Set<String> mediaTypes,
            byte[] signature, String missingSignature) {
        this.description = description;
        this.protectedName = protectedName;
        this.extensions = extensions;
        this.mediaTypes = mediaTypes;
        this.signature = signature;
        this.missingSignature = missingSignature;
    }

    /** The format a file name claims by its extension, if any. */
    static Optional<ReportFormat> claimedBy(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (ReportFormat f : values()) {
            if (f.extensions.contains(ext)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The format of a detected base media type ({@code application/pdf}), if huibao reads it. */
    static Optional<ReportFormat> ofMediaType(String baseType) {
        for (ReportFormat f : values()) {
            if (f.mediaTypes.contains(baseType)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    String description() {
        return description;
    }

    /** Whether {@code bytes} start as this format's files must; plain text has no signature. */
    boolean hasSignature(byte[] bytes) {
        if (signature == null) {
            return true;
        }
        int lastStart = this == PDF ? Math.min(bytes.length, PDF_HEADER_WINDOW) - signature.length : 0;
        for (int at = 0; at <= lastStart; at++) {
            if (signatureAt(bytes, at)) {
                return true;
            }
        }
        return false;
    }

    private boolean signatureAt(byte[] bytes, int at) {
        if (at + signature.length > bytes.length) {
            return false;
        }
        for (int k = 0; k < signature.length; k++) {
            if (bytes[at + k] != signature[k]) {
                return false;
            }
        }
        return true;
    }

    /** Why a file claiming this format is broken when its signature is missing. */
    String missingSignature() {
        return missingSignature == null ? "not " + description : missingSignature;
    }

    /** Why a file of this format cannot be opened without its password. */
    String passwordProtected() {
        return "password-protected " + protectedName + " (encrypted; save it without a password to read it)";
    }
}
