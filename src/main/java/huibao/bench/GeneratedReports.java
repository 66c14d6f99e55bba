package huibao.bench;


import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An archive's worth of distinct reports made from the sample corpus's sources
 * ({@code src/test/resources/sets/sample-city/reports/*.txt}, the UTF-8 texts {@code corpus/} is
 * rendered from; the text files of {@code corpus/} when the project's test sources are absent), for
 * {@code huibao bench} and the benchmarks of the test sources. Report {@code i} is template
 * {@code i % 13} told of a real city of {@code dictionaries/regions.tsv} instead of 澜州市 (its
 * districts and counties standing for those of {@code regions-sample.tsv}), of a year from 2015 to
 * 2025 instead of 2024, with every figure scaled and the corpus's invented company brands (恒屹, 德锐,
 * …) renamed, so that no two reports are alike and names, regions and years spread as in a real
 * archive. Deterministic: the same {@code i} always gives the same report.
 *
 * <p>{@link #mixing} adds to each report a few paragraphs of real government work reports
 * ({@link GovReportParagraphs}), chosen by {@code i}, so that the archive's words are not only the
 * corpus's thirteen templates.
 */
public final class GeneratedReports {

    /** The invented brands of the corpus's companies and projects; each report renames them. */
    private static final List<String> CORPUS_BRANDS = List.of("佳朔", "岚舟", "德锐", "恒屹", "汀湾", "沛禾", "瀚沣",
            "芯晟", "鑫阜", "启衡", "江屿", "澄屿", "澜港");
    private static final String BRAND_HEADS = "华瑞恒德泰嘉宏博凯锦隆盛鼎鸿裕丰汇通昊晟";
    private static final String BRAND_TAILS = "远达诚源航宇科信腾安拓辰骏越川禾峰岳琪珑";
    /** A figure followed by its unit; years, months and ranks are left alone. */
    private static final Pattern FIGURE = Pattern.compile("(\\d+(?:\\.\\d+)?)(?=[亿万个家批场项名人户]|美元|元|平方米|亩|%)");
    private static final int FIRST_YEAR = 2015;
    private static final int YEARS = 11;

    /** The UTF-8 sources of {@code corpus/}, relative to the project's root. */
    public static final Path TEMPLATES = Path.of("src", "test", "resources", "sets", "sample-city", "reports");
    /** The analyst's copies of the same reports, whose text files stand in when {@link #TEMPLATES} is absent. */
    public static final Path CORPUS = Path.of("corpus");

    /** One generated report: where it goes under the archive's folder, its text, and what it is about. */
    public record Generated(Path relative, String text, City city, int year, List<String> brands) {
    }

    /** A real city with its county-level divisions, from regions.tsv. */
    public record City(String code, String name, String shortName, List<String[]> counties) {
    }

    private final List<String[]> templates;
    private final Map<String, Integer> sampleCounties;
    private final List<City> cities;
    private final GovReportParagraphs paragraphs;

    private GeneratedReports(List<String[]> templates, Map<String, Integer> sampleCounties, List<City> cities,
                             GovReportParagraphs paragraphs) {
        this.templates = templates;
        this.sampleCounties = sampleCounties;
        this.cities = cities;
        this.paragraphs = paragraphs;
    }

    /** The same reports, each with paragraphs of {@code paragraphs} mixed in (none when it is empty). */
    public GeneratedReports mixing(GovReportParagraphs paragraphs) {
        return new GeneratedReports(templates, sampleCounties, cities, paragraphs);
    }

    /** Whether paragraphs of real reports are mixed in. */
    public boolean mixesParagraphs() {
        return !paragraphs.isEmpty();
    }

    /** Reads the templates and regions from the project at {@code root}. */
    public static GeneratedReports load(Path root) {
        try {
            List<String[]> templates = templates(root);
            Map<String, Integer> sample = new LinkedHashMap<>();
            int county = 0;
            for (String[] row : rows(root.resolve("dictionaries/regions-sample.tsv"))) {
                if (row[2].equals("county")) {
                    sample.put(row[1], county);
                    for (String s : row[4].split("\\|")) {
                        if (!s.isEmpty()) {
                            sample.putIfAbsent(s, county);
                        }
                    }
                    county++;
                }
            }
            return new GeneratedReports(templates, sample, cities(rows(root.resolve("dictionaries/regions.tsv"))),
                    GovReportParagraphs.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many templates there are: reports {@code 0..templates()-1} cover one city and year. */
    public int templates() {
        return templates.size();
    }

    /** The cities reports are told of, in the order they are used. */
    public List<City> cities() {
        return cities;
    }

    /** The brands report {@code i} gives its companies, in the order of the corpus's brands. */
    public static List<String> brandsOf(int set) {
        Random r = new Random(31L * set + 7);
        List<String> out = new ArrayList<>();
        while (out.size() < CORPUS_BRANDS.size()) {
            String b = "" + BRAND_HEADS.charAt(r.nextInt(BRAND_HEADS.length()))
                    + BRAND_TAILS.charAt(r.nextInt(BRAND_TAILS.length()));
            if (!out.contains(b)) {
                out.add(b);
            }
        }
        return out;
    }

    /** Report {@code i}. */
    public Generated report(int i) {
        int set = i / templates.size();
        String[] template = templates.get(i % templates.size());
        City city = cities.get(set % cities.size());
        int year = FIRST_YEAR + (set / cities.size() + set) % YEARS;
        List<String> brands = brandsOf(set);
        Map<String, String> names = new TreeMap<>(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder()));
        names.put("澜州市", city.name());
        names.put("澜州", city.shortName());
        sampleCounties.forEach((sample, k) -> {
            String[] county = city.counties().get(k % city.counties().size());
            boolean full = sample.length() > 2 && "区县市".indexOf(sample.charAt(sample.length() - 1)) >= 0;
            names.put(sample, full ? county[1] : county[4].isEmpty() ? county[1] : county[4].split("\\|")[0]);
        });
        for (int b = 0; b < CORPUS_BRANDS.size(); b++) {
            names.put(CORPUS_BRANDS.get(b), brands.get(b));
        }
        names.put("2024", String.valueOf(year));
        names.put("2023", String.valueOf(year - 1));
        String text = replaceAll(template[1], names);
        text = scaleFigures(text, new Random(i));
        if (!paragraphs.isEmpty()) {
            text = withParagraphs(text, new Random(~i));
        }
        Path relative = Path.of(city.code(), String.valueOf(year), set + "-" + template[0]);
        return new Generated(relative, text, city, year, brands);
    }

    /** Writes reports {@code 0..n-1} under {@code folder}, keeping those already there. */
    public void write(Path folder, int n) throws IOException {
        for (int i = 0; i < n; i++) {
            Generated g = report(i);
            Path file = folder.resolve(g.relative());
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, g.text(), StandardCharsets.UTF_8);
            }
        }
    }

    /**
     * The text with one to three paragraphs of real reports set in at the line break nearest its
     * middle, so that the title and date at its head and foot stay where they were.
     */
    private String withParagraphs(String text, Random random) {
        int count = 1 + random.nextInt(3);
        StringBuilder mixed = new StringBuilder();
        for (int k = 0; k < count; k++) {
            mixed.append(paragraphs.get(random.nextInt(paragraphs.size()))).append('\n');
        }
        int middle = text.indexOf('\n', text.length() / 2);
        if (middle < 0) {
            return text + "\n" + mixed;
        }
        return text.substring(0, middle + 1) + mixed + text.substring(middle + 1);
    }

    /** Each template's file name and text: the corpus's UTF-8 sources, or its own text files. */
    private static List<String[]> templates(Path root) throws IOException {
        boolean sources = Files.isDirectory(root.resolve(TEMPLATES));
        List<String[]> templates = new ArrayList<>();
        try (Stream<Path> files = Files.list(root.resolve(sources ? TEMPLATES : CORPUS))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                templates.add(new String[] {p.getFileName().toString(), sources
                        ? Files.readString(p, StandardCharsets.UTF_8) : decode(Files.readAllBytes(p))});
            }
        }
        if (templates.isEmpty()) {
            throw new IOException("no report templates in " + root.resolve(sources ? TEMPLATES : CORPUS));
        }
        return templates;
    }

    /** A text file of the corpus: UTF-8 when it decodes as such, else GB18030 (the corpus's GBK files). */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return new String(bytes, java.nio.charset.Charset.forName("GB18030"));
        }
    }

    private static String replaceAll(String text, Map<String, String> names) {
        Pattern any = Pattern.compile(String.join("|", names.keySet().stream().map(Pattern::quote).toList()));
        Matcher m = any.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 64);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(names.get(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Every figure times 0.6 to 1.4, with as many decimals as it had. */
    private static String scaleFigures(String text, Random random) {
        Matcher m = FIGURE.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        while (m.find()) {
            BigDecimal value = new BigDecimal(m.group(1));
            BigDecimal factor = BigDecimal.valueOf(60 + random.nextInt(81), 2);
            BigDecimal scaled = value.multiply(factor).setScale(value.scale(), RoundingMode.HALF_UP);
            if (scaled.signum() == 0) {
                scaled = value;
            }
            m.appendReplacement(out, scaled.toPlainString());
        }
        m.appendTail(out);
        return out.toString();
    }

    private static List<City> cities(List<String[]> regions) {
        Map<String, List<String[]>> counties = new LinkedHashMap<>();
        for (String[] r : regions) {
            if (r[2].equals("county") && r[5].equals("active")) {
                counties.computeIfAbsent(r[3], k -> new ArrayList<>()).add(r);
            }
        }
        List<City> out = new ArrayList<>();
        for (String[] r : regions) {
            List<String[]> under = counties.getOrDefault(r[0], List.of());
            if (r[2].equals("city") && r[5].equals("active") && under.size() >= 3) {
                String shortName = r[4].isEmpty() ? r[1] : r[4].split("\\|")[0];
                out.add(new City(r[0], r[1], shortName, under));
            }
        }
        return out;
    }

    private static List<String[]> rows(Path tsv) throws IOException {
        List<String[]> out = new ArrayList<>();
        boolean header = true;
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] cells = java.util.Arrays.copyOf(line.split("\t", -1), 7);
            java.util.Arrays.setAll(cells, k -> cells[k] == null ? "" : cells[k]);
            out.add(cells);
        }
        return out;
    }
}
