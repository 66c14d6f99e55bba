package huibao.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Word documents built to hurt a parser, written by the tests themselves with {@link java.util.zip}
 * so nothing large is checked in: a body nested tens of thousands of levels deep, and a zip bomb.
 */
public final class HostileDocx {

    private static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
            </Types>""";
    private static final String RELS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
            </Relationships>""";
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";
    private static final String TAIL = "</w:body></w:document>";
    private static final String PARAGRAPH = "<w:p><w:r><w:t>全区新签约项目25个。</w:t></w:r></w:p>";

    private HostileDocx() {
    }

    /** A .docx whose paragraph stands inside {@code depth} nested content controls ({@code <w:sdt>}). */
    public static void writeDeeplyNested(Path out, int depth) throws IOException {
        StringBuilder xml = new StringBuilder(HEAD);
        xml.append("<w:sdt><w:sdtContent>".repeat(depth));
        xml.append(PARAGRAPH);
        xml.append("</w:sdtContent></w:sdt>".repeat(depth));
        write(out, xml.append(TAIL).toString());
    }

    /**
     * A .docx whose one paragraph inflates to {@code characters} characters from a few kilobytes:
     * far past the ratio of text to compressed bytes that marks a zip bomb.
     */
    public static void writeTextBomb(Path out, int characters) throws IOException {
        write(out, HEAD + "<w:p><w:r><w:t>" + "全".repeat(characters) + "</w:t></w:r></w:p>" + TAIL);
    }

    /**
     * A .docx of a few hundred kilobytes whose document part inflates to {@code megabytes} MB (blanks
     * between paragraphs): past the size a part may have in memory when {@code megabytes} > 100.
     */
    public static void writeZipBomb(Path out, int megabytes) throws IOException {
        try (OutputStream file = Files.newOutputStream(out); ZipOutputStream zip = new ZipOutputStream(file)) {
            entry(zip, "[Content_Types].xml", CONTENT_TYPES);
            entry(zip, "_rels/.rels", RELS);
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write((HEAD + PARAGRAPH).getBytes(StandardCharsets.UTF_8));
            byte[] blanks = new byte[1 << 20];
            Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < megabytes; i++) {
                zip.write(blanks);
            }
            zip.write(TAIL.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    /**
     * A .docx whose document part declares nested entities that expand to a billion "lol"s
     * ("billion laughs") and uses the last one in its paragraph: a parser that expands entities
     * runs out of memory.
     */
    public static void writeBillionLaughs(Path out) throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE w:document [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        String head = HEAD.replace("<w:document", dtd + "<w:document");
        write(out, head + "<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>" + TAIL);
    }

    /**
     * A .docx of one paragraph followed by empty paragraphs ({@code <w:p/>}) that inflate its
     * document part to {@code megabytes} MB: millions of blank lines, within the zip bomb ratio.
     */
    public static void writeEmptyParagraphs(Path out, int megabytes) throws IOException {
        String empty = "<w:p/>";
        write(out, HEAD + PARAGRAPH + empty.repeat((megabytes << 20) / empty.length()) + TAIL);
    }

    private static void write(Path out, String document) throws IOException {
        try (OutputStream file = Files.newOutputStream(out); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.setLevel(9);
            entry(zip, "[Content_Types].xml", CONTENT_TYPES);
            entry(zip, "_rels/.rels", RELS);
            entry(zip, "word/document.xml", document);
        }
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
