package huibao.extract;

import huibao.config.Dictionaries;
import huibao.model.Entity;
import huibao.model.Fact;
import huibao.model.Report;
import huibao.model.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the named projects and organisations of a report: names that end like one (…项目,
 * …产业园, …有限公司, …研究院), read back to the verb or list opener before them, and the items
 * of lists that a head names as projects or firms (国轩二期、鹏辉三期等一批重大项目). A project
 * takes the stage of its sentence and the per-project amount stated for it.
 */
public final class EntityExtractor {

    private static final String STOPS = "，,。；;：:！!？?、《》“”\"（）()【】 \u3000\n\t";

    private final WordMatcher<String> suffixes;
    private final WordMatcher<String> boundaries;
    private final WordMatcher<String> listHeads;
    private final WordMatcher<Vocabulary.Stage> stages;
    private final java.util.Set<String> notNames;

    /** Loads the vocabularies from {@code dictionaries/entities.tsv} and {@code stages.tsv}. */
    public EntityExtractor(Dictionaries dictionaries) {
        Map<String, String> suf = new HashMap<>();
        Map<String, String> bound = new HashMap<>();
        Map<String, String> heads = new HashMap<>();
        java.util.Set<String> not = new java.util.HashSet<>();
        for (Dictionaries.Table.Row row : dictionaries.table("entities.tsv", "kind", "word").rows()) {
            String w = row.get("word");
            switch (row.get("kind")) {
                case "project_suffix" -> suf.put(w, "project");
                case "org_suffix" -> suf.put(w, "organization");
                case "boundary" -> bound.put(w, w);
                case "list_project" -> heads.put(w, "project");
                case "list_org" -> heads.put(w, "organization");
                case "not_name" -> not.add(w);
                default -> throw row.error("unknown kind " + row.get("kind"));
            }
        }
        this.suffixes = new WordMatcher<>(suf);
        this.boundaries = new WordMatcher<>(bound);
        this.listHeads = new WordMatcher<>(heads);
        this.notNames = not;
        Map<String, Vocabulary.Stage> st = new HashMap<>();
        for (Dictionaries.Table.Row row : dictionaries.table("stages.tsv", "word", "stage", "indicator").rows()) {
            st.put(row.get("word"), new Vocabulary.Stage(row.get("stage"), row.get("indicator")));
        }
        this.stages = new WordMatcher<>(st);
    }

    /** The projects and organisations of {@code report}, in reading order, each name once per sentence. */
    public List<Entity> extract(Report report, List<Fact> facts) {
        List<Entity> out = new ArrayList<>();
        for (Sentence s : SentenceSplitter.split(report.text(), report.range().start())) {
            List<Found> found = new ArrayList<>();
            names(s.text(), found);
            lists(s.text(), found);
            found = dropNested(found);
            String stage = stage(s.text());
            for (Found f : found) {
                Span span = new Span(s.start() + f.start, s.start() + f.end);
                String name = s.text().substring(f.start, f.end);
                if (f.kind == Entity.Kind.PROJECT) {
                    String factId = facts.stream().filter(x -> name.equals(x.project())).map(Fact::id).findFirst().orElse(null);
                    out.add(new Entity(report.doc(), f.kind, name, span, s.text(), stage, investor(found, f, s.text()), factId, null));
                } else {
                    out.add(new Entity(report.doc(), f.kind, name, span, s.text(), null, null, null, null));
                }
            }
        }
        return out;
    }

    private record Found(Entity.Kind kind, int start, int end) {
    }

    /** Names read back from their ending to the nearest boundary. */
    private void names(String s, List<Found> out) {
        for (WordMatcher.Match<String> m : suffixes.findAll(s)) {
            if (m.end() < s.length() && continuesName(s, m.end(), m.value())) {
                continue; // 项目 of 项目库, 集团 of 集团公司: a longer ending follows
            }
            int start = nameStart(s, m.start());
            if (start < 0 || m.end() - start < m.length() + 2) {
                continue;
            }
            String name = s.substring(start, m.end());
            if (notNames.contains(name) || name.length() > 40) {
                continue;
            }
            out.add(new Found("project".equals(m.value()) ? Entity.Kind.PROJECT : Entity.Kind.ORGANIZATION, start, m.end()));
        }
    }

    private boolean continuesName(String s, int end, String kind) {
        for (WordMatcher.Match<String> m : suffixes.findAll(s.substring(end, Math.min(s.length(), end + 6)))) {
            if (m.start() == 0) {
                return true;
            }
        }
        return "project".equals(kind) && (s.startsWith("库", end) || s.startsWith("册", end) || s.startsWith("专班", end)
                || s.startsWith("信息", end) || s.startsWith("建设", end) && s.startsWith("项目", end + 2));
    }

    /** Where a name ending at {@code suffixStart} begins, or -1 when nothing name-like stands there. */
    private int nameStart(String s, int suffixStart) {
        int start = suffixStart;
        while (start > 0 && STOPS.indexOf(s.charAt(start - 1)) < 0 && suffixStart - start < 36) {
            start--;
        }
        // a name runs back over ）（ when they close inside it: 人民控股（安徽）电子…项目
        if (start > 0 && (s.charAt(start - 1) == '）' || s.charAt(start - 1) == ')')) {
            int open = Math.max(s.lastIndexOf('（', start - 1), s.lastIndexOf('(', start - 1));
            if (open > 0) {
                int before = open;
                while (before > 0 && STOPS.indexOf(s.charAt(before - 1)) < 0 && suffixStart - before < 36) {
                    before--;
                }
                if (open - before >= 2) {
                    start = before;
                }
            }
        }
        // the name starts after the last boundary word that ends before the suffix
        int cut = start;
        for (WordMatcher.Match<String> b : boundaries.findAll(s.substring(start, suffixStart))) {
            int end = start + b.end();
            if (b.word().equals("的") && isOrgBefore(s, start, start + b.start())) {
                continue; // 济南能源集团的光伏发电项目
            }
            if (end > cut && end < suffixStart) {
                cut = end;
            }
        }
        while (cut < suffixStart && isFigureChar(s.charAt(cut))) {
            cut++;
        }
        return cut < suffixStart ? cut : -1;
    }

    private boolean isOrgBefore(String s, int from, int to) {
        String part = s.substring(from, to);
        for (WordMatcher.Match<String> m : suffixes.findAll(part)) {
            if (m.end() == part.length() && "organization".equals(m.value())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFigureChar(char c) {
        return c == '.' || c == '%' || c == '-';
    }

    /** A、B、C等一批重大项目: each item of a list that the head calls projects or firms. */
    private void lists(String s, List<Found> out) {
        for (WordMatcher.Match<String> head : listHeads.findAll(s)) {
            Entity.Kind kind = "project".equals(head.value()) ? Entity.Kind.PROJECT : Entity.Kind.ORGANIZATION;
            int listStart = head.start();
            while (listStart > 0 && "，,。；;：:！!？?《》\n".indexOf(s.charAt(listStart - 1)) < 0) {
                listStart--;
            }
            String list = s.substring(listStart, head.start());
            if (!list.contains("、") && head.word().length() <= 2) {
                continue;
            }
            int pos = listStart;
            String[] items = list.split("、|及(?=[^、]*$)");
            for (int i = 0; i < items.length; i++) {
                String item = items[i];
                int itemStart = s.indexOf(item, pos);
                pos = itemStart + item.length();
                if (i == 0) {
                    int cut = nameStart(s.substring(0, itemStart + item.length()) + "项目", itemStart + item.length());
                    if (cut > itemStart) {
                        itemStart = cut;
                    }
                }
                int itemEnd = itemStart + s.substring(itemStart, pos).strip().length();
                String name = s.substring(itemStart, itemEnd);
                if (name.length() < 2 || name.length() > 30 || notNames.contains(name)) {
                    continue;
                }
                out.add(new Found(kind, itemStart, itemEnd));
            }
        }
    }

    /** Keeps each stretch once: a list item wins over a suffix name it lies in; an organisation inside a project name is dropped. */
    private static List<Found> dropNested(List<Found> found) {
        List<Found> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(Found::start).thenComparing(Comparator.comparingInt(Found::end).reversed()));
        List<Found> out = new ArrayList<>();
        for (Found f : sorted) {
            boolean inside = false;
            for (Found o : out) {
                if (f.start >= o.start && f.end <= o.end) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                out.removeIf(o -> o.start >= f.start && o.end <= f.end && o.kind == Entity.Kind.ORGANIZATION
                        && f.kind == Entity.Kind.PROJECT);
                out.add(f);
            }
        }
        out.sort(Comparator.comparingInt(Found::start));
        return out;
    }

    private String stage(String sentence) {
        String stage = null;
        for (WordMatcher.Match<Vocabulary.Stage> m : stages.findLongest(sentence)) {
            if (!m.value().listed()) {
                stage = m.word();
            }
        }
        return stage;
    }

    private static String investor(List<Found> found, Found project, String s) {
        for (Found f : found) {
            if (f.kind == Entity.Kind.ORGANIZATION && f.end <= project.start) {
                return s.substring(f.start, f.end);
            }
        }
        return null;
    }
}
