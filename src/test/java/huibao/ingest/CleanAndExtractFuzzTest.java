package huibao.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import huibao.extract.Extractor;
import huibao.extract.metadata.ReportMetadataHints;
import huibao.model.Entity;
import huibao.model.Fact;
import huibao.model.ReportExtraction;
import huibao.model.SourceText;
import huibao.model.Span;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Feeds the cleaner and the extractor short generated inputs, from a fixed seed so that a failure
 * comes back on every run: random code points (controls, lone surrogates, emoji included), random
 * Chinese built from the genre's parts (full-width digits, Chinese numerals, units, masks, % and 倍,
 * line and page breaks) and sentences of the corpus mutated a few characters at a time. Nothing may
 * throw, every cleaned offset maps into the raw text, and every fact's and entity's span holds its
 * text. A failure names the input as a Java string, to be copied into a regression test.
 *
 * <p>{@code -Dhuibao.fuzz.inputs=N} and {@code -Dhuibao.fuzz.seed=S} change the run.
 */
class CleanAndExtractFuzzTest {

    private static final int INPUTS = Integer.getInteger("huibao.fuzz.inputs", 100_000);
    /** Inputs read together as the lines of one document. */
    private static final int BATCH = 10;
    /** Inputs drawn from one generator, a unit of work for a thread. */
    private static final int CHUNK = 1_000;
    /** Characters of a corpus sentence an input takes at most. */
    private static final int WINDOW = 32;
    private static final long SEED = Long.getLong("huibao.fuzz.seed", 20261207L);

    private static final String[] PARTS = {
        "全市", "全区", "县", "开发区", "上半年", "1-6月", "１－６月", "2024年", "二〇二四年", "去年同期",
        "实际使用外资", "实际到位资金", "市外资金", "合同外资", "签约项目", "新开工项目", "固定资产投资",
        "招商引资", "总投资", "协议投资", "外贸进出口", "其中", "分别为", "占", "完成", "任务的", "居全省第",
        "位", "增长", "下降", "同比", "比上年", "增加到", "由", "达到", "约", "近", "超过", "以上", "左右",
        "亿元", "万元", "亿美元", "万美元", "元", "个", "家", "项", "亩", "平方米", "万平方米", "人", "%",
        "％", "倍", "成", "个百分点", "X", "×", "*", "＊", "XX", "××", "x", "0", "1", "2", "3", "5", "7",
        "9", "12", "3.5", "0.8", "100", "2,345", "１２", "３．５", "０", "．", ".", ",", "，", "。", "、",
        "；", "：", "（", "）", "(", ")", "“", "”", "-", "－", "—", "~", "～", "至", "/", "…", " ", "　",
        "\n", "\r\n", "\r", "\f", "\t", "一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十",
        "百", "千", "万", "亿", "零", "〇", "壹", "贰", "叁", "拾", "佰", "仟", "第一", "第二", "一是",
        "二是", "（一）", "1.", "①", "②", "附件", "第1页", "- 2 -", "億", "個", "萬", "實際使用外資", "增長",
    };

    private static final String[] ODD = {
        "\u0000", "\u200b", "\ufeff", "\u00ad", "\ud800", "\udc00", "\ud83d\ude00", "\u3000", "\u00a0",
        "\u2028", "\u0301", "𠀀", "\u2160", "\u00bd", "\u2474", "\u3280", "\ufffd", "\u007f",
    };

    private static TextCleaner cleaner;
    private static CompilationSplitter splitter;
    private static Extractor extractor;
    private static List<String> sentences;


    @BeforeAll
    static void load() throws IOException, UnreadableFileException {
        cleaner = Cleaning.cleaner();
        splitter = new CompilationSplitter(Cleaning.RULES);
        extractor = Extractor.load(Cleaning.DICTIONARIES);
        sentences = corpusSentences();
    }

    @Test
    void noInputThrowsAndEverySpanHoldsItsText() {
        Map<String, String> failures = Collections.synchronizedMap(new LinkedHashMap<>());
        long started = System.nanoTime();
        long cpu = processCpuNanos();
        int chunks = (INPUTS + CHUNK - 1) / CHUNK;
        long facts = IntStream.range(0, chunks).parallel().mapToLong(c -> {
            // a generator per chunk: the same inputs whatever the threads
            SplittableRandom random = new SplittableRandom(SEED * 31 + c);
            List<String> batch = new ArrayList<>(BATCH);
            long found = 0;
            for (int i = c * CHUNK, end = Math.min(INPUTS, i + CHUNK); i < end; i++) {
                batch.add(switch (i % 3) {
                    case 0 -> randomString(random);
                    case 1 -> randomChinese(random);
                    default -> mutatedSentence(random);
                });
                if (batch.size() == BATCH || i == end - 1) {
                    found += checkBatch(batch, failures);
                    batch.clear();
                }
            }
            return found;
        }).sum();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "fuzz: %,d inputs (seed %d), %,d facts, %.1f s (%.1f s of CPU)%n", INPUTS,
                SEED, facts, seconds, (processCpuNanos() - cpu) / 1e9);
        if (!failures.isEmpty()) {
            StringBuilder message = new StringBuilder(failures.size() + " causes of failure:\n");
            failures.forEach((cause, example) -> message.append(cause).append("\n    ").append(example).append('\n'));
            fail(message.toString());
        }
    }

    /**
     * Checks the inputs of {@code batch} as one document, lines of a report, which spares the cost
     * of a report per input; when it fails, each input alone, to name the one that fails.
     */
    private static long checkBatch(List<String> batch, Map<String, String> failures) {
        try {
            return check(String.join("\n", batch));
        } catch (Throwable whole) {
            boolean named = false;
            for (String input : batch) {
                try {
                    check(input);
                } catch (Throwable t) {
                    named |= record(input, t, failures);
                }
            }
            if (!named) {
                record(String.join("\n", batch), whole, failures);
            }
            return 0;
        }
    }

    private static boolean record(String input, Throwable t, Map<String, String> failures) {
        String where = Stream.of(t.getStackTrace()).filter(e -> e.getClassName().startsWith("huibao."))
                .findFirst().map(StackTraceElement::toString).orElse("");
        if (failures.putIfAbsent(t.getClass().getSimpleName() + " at " + where, javaString(input) + " -> " + t)
                == null) {
            t.printStackTrace();
        }
        return true;
    }

    /** Cleans and extracts {@code raw}, checking offsets and spans; the number of facts found. */
    static int check(String raw) {
        CleanedText clean = cleaner.clean(raw);
        String text = clean.text();
        for (int c = 0; c <= text.length(); c++) {
            int r = clean.offsets().toRaw(c);
            assertTrue(r >= 0 && r <= raw.length(), "cleaned offset " + c + " maps outside the raw text: " + r);
        }
        if (text.isBlank()) {
            return 0;
        }
        ReportLayout layout = splitter.split("f.txt", text);
        SourceText source = new SourceText("f.txt", "0", "text/plain", text, clean.offsets(), layout.sections(),
                layout.problems());
        int n = 0;
        for (ReportExtraction extraction : extractor.extract(source, ReportMetadataHints.none())) {
            for (Fact f : extraction.facts()) {
                assertHolds(text, f.span(), f.text(), "fact");
                n++;
            }
            for (Entity e : extraction.entities()) {
                assertHolds(text, e.span(), null, "entity");
            }
        }
        return n;
    }

    private static void assertHolds(String text, Span span, String expected, String what) {
        assertTrue(span.end() <= text.length(), what + " span " + span + " runs past the text");
        if (expected != null && !expected.equals(text.substring(span.start(), span.end()))) {
            fail(what + " '" + expected + "' at " + span + " holds '" + text.substring(span.start(), span.end()) + "'");
        }
    }

    private static String randomString(SplittableRandom random) {
        int length = random.nextInt(16);
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(6)) {
                case 0 -> s.append((char) random.nextInt(0x80));
                case 1 -> s.append((char) random.nextInt(0x10000));
                case 2 -> s.append((char) (0x4e00 + random.nextInt(0x5200)));
                case 3 -> s.append((char) (0xff00 + random.nextInt(0xf0)));
                case 4 -> s.append(ODD[random.nextInt(ODD.length)]);
                default -> s.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
            }
        }
        return s.toString();
    }

    private static String randomChinese(SplittableRandom random) {
        int parts = 1 + random.nextInt(8);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < parts; i++) {
            s.append(random.nextInt(20) == 0 ? ODD[random.nextInt(ODD.length)] : PARTS[random.nextInt(PARTS.length)]);
        }
        return s.toString();
    }

    private static String mutatedSentence(SplittableRandom random) {
        StringBuilder s = new StringBuilder(window(sentences.get(random.nextInt(sentences.size())), random));
        if (random.nextInt(8) == 0) {
            s.append(random.nextBoolean() ? "\n" : "").append(window(sentences.get(random.nextInt(sentences.size())), random));
        }
        int mutations = random.nextInt(4);
        for (int m = 0; m < mutations && s.length() > 0; m++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(5)) {
                case 0 -> s.deleteCharAt(at);
                case 1 -> s.insert(at, PARTS[random.nextInt(PARTS.length)]);
                case 2 -> s.setCharAt(at, PARTS[random.nextInt(PARTS.length)].charAt(0));
                case 3 -> s.insert(at, ODD[random.nextInt(ODD.length)]);
                default -> s.setLength(at);
            }
        }
        return s.toString();
    }

    /** A piece of at most {@link #WINDOW} characters of {@code sentence}: inputs stay short. */
    private static String window(String sentence, SplittableRandom random) {
        if (sentence.length() <= WINDOW) {
            return sentence;
        }
        int start = random.nextInt(sentence.length() - WINDOW + 1);
        return sentence.substring(start, start + WINDOW);
    }

    /** The sentences of the corpus's reports, as read, each short: the generator's material. */
    private static List<String> corpusSentences() throws IOException, UnreadableFileException {
        ReportReader reader = new ReportReader(Cleaning.DICTIONARIES);
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            for (Path p : files.filter(ReportReader::isCandidate).sorted().toList()) {
                for (String sentence : reader.read(p, p.getFileName().toString()).text().split("(?<=[。；\n])")) {
                    String t = sentence.strip();
                    if (!t.isEmpty()) {
                        out.add(t.length() > 120 ? t.substring(0, 120) : t);
                    }
                }
            }
        }
        assertTrue(out.size() > 100, "too few corpus sentences: " + out.size());
        return out;
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /** {@code s} as a Java string literal, non-ASCII escaped, to paste into a regression test. */
    static String javaString(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7f) {
                out.append(c);
            } else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && !Character.isSurrogate(c)) {
                out.append(c);
            } else {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        return out.append('"').toString();
    }
}
