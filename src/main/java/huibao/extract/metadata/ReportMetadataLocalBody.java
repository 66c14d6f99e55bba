package huibao.extract.metadata;

import huibao.config.Dictionaries;
import huibao.extract.place.PlaceMention;
import huibao.extract.place.RegionResolver;
import huibao.model.Region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds a reporter below the county level, a township, subdistrict or development zone, named
 * where a report names itself: anywhere in its title when the name is built on a division's name
 * (庆城镇, 济南高新区), and as the subject of the title, issuer line, file name or opening sentence
 * otherwise (鲁城街道招商网讯, 山东济宁鲁城街道以…, 近日，高新区…). The endings are data in
 * {@code report-local-bodies.tsv}.
 */
final class ReportMetadataLocalBody {

    static final String FILE = "report-local-bodies.tsv";

    static final String NOT_NAME_START_FILE = "report-local-body-starts.tsv";
    private static final int LEAD_CLAUSE = 12;

    enum Kind { TOWNSHIP, ZONE }

    private record Ending(String text, Kind kind, int maxStem) {
    }

    /**
     * A local body as named.
     *
     * @param name       the name as written ("鲁城街道", "高新区")
     * @param kind       township or zone
     * @param attachedTo the division its name is built on or follows (庆城 of 庆城镇, 济南 of 济南高新区), or {@code null}
     */
    record Found(String name, Kind kind, Region attachedTo) {
    }

    private final List<Ending> endings;
    /** Characters a local body's own name never starts with: they make 全镇, 我镇, 该镇, 各乡 words of the text. */
    private final String notNameStart;
    private final RegionResolver regions;

    ReportMetadataLocalBody(Dictionaries dictionaries, RegionResolver regions) {
        this.regions = regions;
        List<Ending> list = new ArrayList<>();
        for (Dictionaries.Table.Row row : dictionaries.table(FILE, "ending", "kind", "max_stem").rows()) {
            try {
                list.add(new Ending(row.get("ending"), Kind.valueOf(row.get("kind").toUpperCase(java.util.Locale.ROOT)),
                        Integer.parseInt(row.get("max_stem"))));
            } catch (IllegalArgumentException e) {
                throw row.error("kind must be township or zone and max_stem a number");
            }
        }
        list.sort(Comparator.comparingInt((Ending e) -> e.text().length()).reversed());
        this.endings = List.copyOf(list);
        StringBuilder starts = new StringBuilder();
        for (Dictionaries.Table.Row row : dictionaries.table(NOT_NAME_START_FILE, "char").rows()) {
            if (row.get("char").length() != 1) {
                throw row.error("one character a line");
            }
            starts.append(row.get("char"));
        }
        this.notNameStart = starts.toString();
    }

    /**
     * The local body a heading line (title, issuer, file name) names; built on a division's name it
     * may stand anywhere. The short names of {@code context} and its neighbours count as names there
     * (庆城 of 庆城镇 in a report that names 庆城县).
     */
    Optional<Found> inHeading(String line, Region context) {
        if (line == null || line.isBlank()) {
            return Optional.empty();
        }
        return find(line, 0, line.length(), true, context);
    }

    /** The local body the opening sentence of {@code body} has as its subject. */
    Optional<Found> inOpening(String body, Region context) {
        int start = 0;
        while (start < body.length() && (Character.isWhitespace(body.charAt(start)) || body.charAt(start) == '\u3000')) {
            start++;
        }
        int end = indexOfAny(body, "。！？；\n", start);
        Optional<Found> f = find(body, start, end, false, context);
        if (f.isPresent()) {
            return f;
        }
        int comma = indexOfAny(body, "，,：:", start);
        return comma < end && comma - start <= LEAD_CLAUSE ? find(body, comma + 1, end, false, context) : Optional.empty();
    }

    /**
     * The local body named in {@code text[from, to)}: at {@code from} (after the divisions its name
     * follows, 山东济宁鲁城街道), or, when {@code anywhere}, wherever a division's name carries it.
     */
    private Optional<Found> find(String text, int from, int to, boolean anywhere, Region context) {
        List<PlaceMention> mentions = new ArrayList<>(regions.findPlaces(text.substring(from, to), context));
        mentions.removeIf(m -> isEnding(m.text())); // 经济开发区 alone is the ending of a name, no place
        // the subject: the divisions at the start of the line, one after the other, and what follows them
        int subject = 0;
        Region chain = null;
        for (PlaceMention m : mentions) {
            if (m.span().start() != subject || m.isMasked()) {
                break;
            }
            subject = m.span().end();
            chain = m.unique().orElse(chain);
        }
        String line = text.substring(from, to);
        for (int p = 0; p < line.length(); p++) {
            if (inside(mentions, p)) {
                continue;
            }
            for (Ending e : endings) {
                if (!line.startsWith(e.text(), p)) {
                    continue;
                }
                PlaceMention built = endingAt(mentions, p);
                if (built != null && (anywhere || built.span().start() <= subject)) {
                    return Optional.of(new Found(built.text() + e.text(), e.kind(), built.unique().orElse(null)));
                }
                if (p >= subject && p - subject <= e.maxStem() && plainName(line, subject, p, e)
                        && !continuesWord(line, p + e.text().length())) {
                    return Optional.of(new Found(line.substring(subject, p + e.text().length()), e.kind(), chain));
                }
                break;
            }
        }
        return Optional.empty();
    }

    private boolean isEnding(String word) {
        return endings.stream().anyMatch(e -> e.text().equals(word));
    }

    /**
     * Whether a division's short name is only the first part of a township's name (黎城 of 黎城街道,
     * 庆城 of 庆城镇): such a mention names the township, not the same-named county.
     */
    boolean startsTownshipName(String text, PlaceMention m) {
        if (m.form() == PlaceMention.Form.FULL_NAME || m.isMasked()) {
            return false;
        }
        int end = m.span().end();
        for (Ending e : endings) {
            if (e.kind() == Kind.TOWNSHIP && text.startsWith(e.text(), end)
                    && !continuesWord(text, end + e.text().length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code line[start, end)} is a name of its own before the ending, or nothing before a zone word. */
    private boolean plainName(String line, int start, int end, Ending e) {
        if (start == end) {
            return e.kind() == Kind.ZONE; // 高新区 as the subject: the zone of the text's city
        }
        if (end - start < 2 || notNameStart.indexOf(line.charAt(start)) >= 0) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (Character.UnicodeScript.of(line.charAt(i)) != Character.UnicodeScript.HAN) {
                return false;
            }
        }
        return true;
    }

    private static int indexOfAny(String text, String chars, int from) {
        for (int i = from; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }

    /** Whether the ending is the start of a longer word (城镇化, 乡村, 镇级), not a name's last part. */
    private static boolean continuesWord(String line, int after) {
        return after < line.length() && "化村级".indexOf(line.charAt(after)) >= 0;
    }

    private static boolean inside(List<PlaceMention> mentions, int p) {
        for (PlaceMention m : mentions) {
            if (m.span().start() <= p && p < m.span().end()) {
                return true;
            }
        }
        return false;
    }

    /** The unmasked division name that ends right at {@code p}, or {@code null}. */
    private static PlaceMention endingAt(List<PlaceMention> mentions, int p) {
        for (PlaceMention m : mentions) {
            if (m.span().end() == p && !m.isMasked() && m.unique().isPresent()) {
                return m;
            }
        }
        return null;
    }
}
