package huibao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import huibao.model.SourceText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlainTextEncodingsTest {

    private static final ReportReader READER = new ReportReader(Cleaning.DICTIONARIES);
    private static final String TITLE = "关于城北区2023年上半年招商引资工作情况的汇报";
    private static final String REPORT = TITLE + "\n城北区投资促进局\n\n"
            + "今年以来，城北区实际使用外资1740万美元，同比增长32.8%，完成全年任务的56.3%；新签约项目25个，"
            + "总投资52.1亿元，其中亿元以上项目9个。\n"
            + "一、主要做法\n"
            + "（一）强化产业链招商。围绕新材料、电子信息两条主导产业链，走访企业45家，对接在谈项目12个。\n";

    @TempDir
    Path dir;

    static Stream<Arguments> encodings() {
        return Stream.of(
                Arguments.of("UTF-8", bytes(REPORT, StandardCharsets.UTF_8, null), "UTF-8"),
                Arguments.of("UTF-8 with BOM", bytes(REPORT, StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}), "UTF-8"),
                Arguments.of("GB18030", bytes(REPORT, Charset.forName("GB18030"), null), "GB18030"),
                Arguments.of("GBK", bytes(REPORT, Charset.forName("GBK"), null), "GB18030"),
                Arguments.of("UTF-16LE with BOM", bytes(REPORT, StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}), "UTF-16LE"),
                Arguments.of("UTF-16BE with BOM", bytes(REPORT, StandardCharsets.UTF_16BE, new byte[] {(byte) 0xFE, (byte) 0xFF}), "UTF-16BE"),
                Arguments.of("UTF-16LE without BOM", bytes(REPORT, StandardCharsets.UTF_16LE, null), "UTF-16LE"),
                Arguments.of("UTF-16BE without BOM", bytes(REPORT, StandardCharsets.UTF_16BE, null), "UTF-16BE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void readsSameReportInEveryEncoding(String encoding, byte[] bytes, String charset) throws Exception {
        SourceText source = read("城北区汇报.txt", bytes);
        assertEquals(REPORT, source.text());
        assertEquals("text/plain; charset=" + charset, source.mediaType());
        assertEquals(TITLE, source.sections().get(0).title());
    }

    @Test
    void readsShortGbkText() throws Exception {
        String text = "上半年，全县新签约项目12个，总投资18.6亿元，实际到位资金9.3亿元，同比增长15.2%。";
        byte[] bytes = text.getBytes(Charset.forName("GBK"));
        assertTrue(bytes.length < 200, bytes.length + " bytes");
        SourceText source = read("short.txt", bytes);
        assertEquals(text, source.text());
        assertEquals("text/plain; charset=GB18030", source.mediaType());
    }

    @Test
    void readsShortGbkTitleWithoutDigits() throws Exception {
        String text = "招商引资工作情况的汇报";
        SourceText source = read("title.txt", text.getBytes(Charset.forName("GBK")));
        assertEquals(text, source.text());
        assertEquals("text/plain; charset=GB18030", source.mediaType());
    }

    @Test
    void readsUtf16WithoutBomOrAsciiCharacters() throws Exception {
        String text = "招商引资工作稳中有进，新签约项目质量明显提升。";
        SourceText source = read("utf16.txt", text.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(text, source.text());
        assertEquals("text/plain; charset=UTF-16LE", source.mediaType());
    }

    @Test
    void keepsByteOrderMarkInRawOffsets() throws Exception {
        SourceText source = read("bom.txt", bytes(REPORT, StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}));
        int figure = source.text().indexOf("1740万美元");
        assertEquals(figure + 1, source.offsets().toRaw(figure));
    }

    @Test
    void keepsFileOffsetsOfCleanUtf8Report() throws Exception {
        SourceText source = read("clean.txt", REPORT.getBytes(StandardCharsets.UTF_8));
        assertTrue(source.offsets().isIdentity());
    }

    private SourceText read(String name, byte[] bytes) throws IOException, UnreadableFileException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return READER.read(file, name);
    }

    private static byte[] bytes(String text, Charset charset, byte[] bom) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom != null) {
            out.writeBytes(bom);
        }
        out.writeBytes(text.getBytes(charset));
        return out.toByteArray();
    }
}
