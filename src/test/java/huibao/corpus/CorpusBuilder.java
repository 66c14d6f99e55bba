package huibao.corpus;

import huibao.TestSets;
import huibao.corpus.CorpusManifest.Entry;
import huibao.corpus.CorpusManifest.Format;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders huibao's sample corpus: every row of {@code src/test/resources/sets/sample-city/corpus.tsv}
 * turns a UTF-8 report of the set's {@code reports/} into a file of {@code corpus/} (plain text in UTF-8 or GBK, Word, or PDF), and one report is
 * rendered in all three formats into {@code src/test/resources/formats/}. Rendering is
 * deterministic: fixed metadata, dates and zip timestamps, so regenerating leaves git clean.
 *
 * <p>Run it from the project root after the sources or the manifest change:
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) huibao.corpus.CorpusBuilder
 * </pre>
 * Optional arguments: the project root (default: the working directory) and the font file
 * (default {@value #FONT_HINT}). {@code CorpusBuilderTest} regenerates everything into a
 * temporary folder and fails when the committed files differ.
 */
public final class CorpusBuilder {

    private static final String FONT_HINT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";
    /** The report rendered in every format for the format-equivalence tests. */
    static final String FORMATS_SAMPLE = "2024h1-lantai.txt";

    private final CorpusManifest manifest;
    private final PdfRenderer pdf;
    private final DocxRenderer docx = new DocxRenderer();

    /**
     * @param setDir   the sample city's set: corpus.tsv and the UTF-8 reports in reports/
     * @param fontFile the CJK font collection for PDFs, or null to skip the PDF outputs
     */
    CorpusBuilder(Path setDir, Path fontFile) {
        this.manifest = CorpusManifest.read(setDir);
        this.pdf = fontFile == null ? null : new PdfRenderer(fontFile);
    }

    /** Renders the corpus into {@code corpusDir}; returns the files written. */
    List<Path> buildCorpus(Path corpusDir) throws IOException {
        Files.createDirectories(corpusDir);
        List<Path> written = new ArrayList<>();
        for (Entry e : manifest.entries()) {
            if (e.format() == Format.PDF && pdf == null) {
                continue;
            }
            Path out = corpusDir.resolve(e.output());
            render(e, out);
            written.add(out);
        }
        return written;
    }

    /** Renders {@link #FORMATS_SAMPLE} as .txt, .docx and .pdf into {@code formatsDir}. */
    List<Path> buildFormats(Path formatsDir) throws IOException {
        Files.createDirectories(formatsDir);
        Entry sample = manifest.entries().stream().filter(e -> e.source().equals(FORMATS_SAMPLE)).findFirst()
                .orElseThrow(() -> new IllegalStateException("corpus.tsv has no row for " + FORMATS_SAMPLE));
        String stem = FORMATS_SAMPLE.substring(0, FORMATS_SAMPLE.lastIndexOf('.'));
        List<Path> written = new ArrayList<>();
        for (Format f : Format.values()) {
            if (f == Format.PDF && pdf == null) {
                continue;
            }
            String name = stem + "." + f.name().toLowerCase(java.util.Locale.ROOT);
            Path out = formatsDir.resolve(name);
            render(sample.as(f, name), out);
            written.add(out);
        }
        return written;
    }

    private void render(Entry e, Path out) throws IOException {
        String text = manifest.sourceText(e);
        if (!text.startsWith(e.title() + "\n")) {
            throw new IllegalArgumentException(e.source() + ": the first line is not the title in corpus.tsv, '"
                    + e.title() + "'");
        }
        if (e.format() == Format.TXT) {
            Files.write(out, encode(text, e));
            return;
        }
        SourceDocument doc = SourceDocument.parse(text, e.isCompilation(), e.source());
        if (e.format() == Format.DOCX) {
            docx.render(doc, e, out);
        } else {
            pdf.render(doc, e, out);
        }
    }

    private static byte[] encode(String text, Entry e) throws IOException {
        try {
            var buf = e.encoding().newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(java.nio.CharBuffer.wrap(text));
            byte[] bytes = new byte[buf.remaining()];
            buf.get(bytes);
            return bytes;
        } catch (CharacterCodingException ex) {
            throw new IOException(e.source() + ": cannot be written as " + e.encoding() + ": " + ex.getMessage(), ex);
        }
    }

    /** Regenerates corpus/ and src/test/resources/formats/ under the project root. */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path font = Path.of(args.length > 1 ? args[1] : FONT_HINT);
        if (!Files.isRegularFile(font)) {
            System.err.println("font not found: " + font + " (install fonts-wqy-zenhei or pass the font as argument 2)");
            System.exit(2);
        }
        CorpusBuilder b = new CorpusBuilder(root.resolve(TestSets.SAMPLE_CITY.dir()), font);
        PrintStream out = System.out;
        for (Path p : b.buildCorpus(root.resolve("corpus"))) {
            out.println(root.relativize(p));
        }
        for (Path p : b.buildFormats(root.resolve("src/test/resources/formats"))) {
            out.println(root.relativize(p));
        }
    }
}
