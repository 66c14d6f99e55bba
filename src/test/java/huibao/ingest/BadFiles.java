package huibao.ingest;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Bad files of every format the tests need, written by the tests themselves so nothing large or
 * hostile is checked in: corrupt, truncated, encrypted, image-only and deeply nested PDFs and Word
 * files. Word packages built to hurt a parser are in {@link HostileDocx}.
 */
public final class BadFiles {

    private BadFiles() {
    }

    /** {@code n} seeded random bytes, after {@code signature} (the magic bytes a format starts with). */
    public static void writeNoise(Path out, byte[] signature, int n, long seed) throws IOException {
        byte[] bytes = new byte[n];
        new Random(seed).nextBytes(bytes);
        System.arraycopy(signature, 0, bytes, 0, Math.min(signature.length, n));
        Files.write(out, bytes);
    }

    /** The first {@code share} of {@code source}'s bytes, as a download broken off would leave it. */
    public static void writeTruncated(Path source, Path out, double share) throws IOException {
        byte[] all = Files.readAllBytes(source);
        Files.write(out, Arrays.copyOf(all, (int) (all.length * share)));
    }

    /** A small picture with a line across, as a scan of a page without text would give. */
    public static BufferedImage image() {
        BufferedImage img = new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 120, 40);
        g.setColor(Color.BLACK);
        g.drawLine(10, 20, 110, 20);
        g.dispose();
        return img;
    }

    /** A one-page PDF with a line of Latin text, protected by a user password. */
    public static void writeEncryptedPdf(Path out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                writeTextLine(cs, 700, "Investment promotion report, first half of 2023");
            }
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out.toFile());
        }
    }

    /** A line of Latin text in 12-point Helvetica, an inch from the left, {@code y} points from the bottom. */
    static void writeTextLine(PDPageContentStream cs, float y, String text) throws IOException {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        cs.newLineAtOffset(72, y);
        cs.showText(text);
        cs.endText();
    }

    /** A one-page PDF holding only {@link #image()}: no text layer. */
    public static void writeImagePdf(Path out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(LosslessFactory.createFromImage(doc, image()), 72, 600, 240, 80);
            }
            doc.save(out.toFile());
        }
    }

    /** The .docx {@code plain} encrypted with a password (agile encryption, as Word does). */
    public static void writeEncryptedDocx(Path out, Path plain) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("user-secret");
            try (OutputStream os = encryptor.getDataStream(fs); InputStream in = Files.newInputStream(plain)) {
                in.transferTo(os);
            } catch (GeneralSecurityException e) {
                throw new IOException(e);
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                fs.writeFilesystem(os);
            }
        }
    }

    /**
     * A PDF whose catalog holds an array nested {@code depth} levels deep ({@code [[[...]]]}): a
     * parser that reads arrays by recursion runs out of stack.
     */
    public static void writeDeeplyNestedPdf(Path out, int depth) throws IOException {
        String deep = "[".repeat(depth) + "]".repeat(depth);
        writePdf(out, List.of(
                "<< /Type /Catalog /Pages 2 0 R /Deep " + deep + " >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"));
    }

    /**
     * A PDF whose page tree is {@code depth} levels of /Pages deep before its one page: a reader
     * that walks the tree by recursion runs out of stack.
     */
    public static void writeDeepPageTreePdf(Path out, int depth) throws IOException {
        List<String> objects = new ArrayList<>();
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        for (int level = 0; level < depth; level++) {
            int self = level + 2;
            String parent = level == 0 ? "" : " /Parent " + (self - 1) + " 0 R";
            objects.add("<< /Type /Pages /Kids [" + (self + 1) + " 0 R] /Count 1" + parent + " >>");
        }
        objects.add("<< /Type /Page /Parent " + (depth + 1) + " 0 R /MediaBox [0 0 612 792] >>");
        writePdf(out, objects);
    }

    /** A PDF of the given objects (numbered from 1, the first the catalog) with a correct cross-reference table. */
    private static void writePdf(Path out, List<String> objects) throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        pdf.writeBytes("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        long[] offsets = new long[objects.size()];
        for (int i = 0; i < objects.size(); i++) {
            offsets[i] = pdf.size();
            pdf.writeBytes(((i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n").getBytes(StandardCharsets.US_ASCII));
        }
        long xref = pdf.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (long offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        pdf.writeBytes(table.toString().getBytes(StandardCharsets.US_ASCII));
        Files.write(out, pdf.toByteArray());
    }

    /**
     * A Word 97 file ({@code doc}'s streams) whose storage tree also holds a chain of {@code depth}
     * folders, each inside the one before: a reader that walks the tree by recursion runs out of stack.
     */
    public static void writeDeeplyNestedDoc(Path doc, Path out, int depth) throws IOException {
        try (POIFSFileSystem source = new POIFSFileSystem(doc.toFile(), true); POIFSFileSystem fs = new POIFSFileSystem()) {
            for (var entry : source.getRoot()) {
                if (entry instanceof org.apache.poi.poifs.filesystem.DocumentEntry d) {
                    try (InputStream in = source.createDocumentInputStream(d.getName())) {
                        fs.createDocument(in, d.getName());
                    }
                }
            }
            DirectoryEntry dir = fs.getRoot().createDirectory("ObjectPool");
            for (int i = 0; i < depth; i++) {
                dir = dir.createDirectory("_" + i);
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                fs.writeFilesystem(os);
            }
        }
    }
}
