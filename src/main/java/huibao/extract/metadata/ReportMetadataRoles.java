package huibao.extract.metadata;

import huibao.extract.place.PlaceMention;
import huibao.extract.place.PlaceVocabulary;
import huibao.extract.place.RegionResolver;
import huibao.model.Region;
import huibao.model.RegionLevel;
import huibao.text.Clauses;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a report speaks of a place it names, told by the cue words of {@code region-cues.tsv}:
 * as somewhere it goes to or deals with (赴上海、杭州等地; 与合肥), as the head of an
 * organisation's name (上海医药集团), as its own place (来钢城投资, 顺义区招商引资工作), or as a
 * hometown (嘉定六安商会).
 */
final class ReportMetadataRoles {

    /** What a mention says about the reporter. */
    enum Role { PLAIN, AWAY, ORGANISATION, SELF, HOMETOWN }

    private static final String LIST_SEPARATORS = "、和及与-—–－";
    private static final int ORGANISATION_REACH = 14;
    private static final int DOCUMENT_TITLE_REACH = 40;

    private final PlaceVocabulary vocabulary;
    private final Map<Character, List<Region>> citiesByFirstChar = new HashMap<>();

    ReportMetadataRoles(RegionResolver regions) {
        this.vocabulary = regions.vocabulary();
        for (Region city : regions.regionsAt(RegionLevel.CITY)) {
            citiesByFirstChar.computeIfAbsent(city.name().charAt(0), k -> new ArrayList<>()).add(city);
        }
    }

    Role role(String text, PlaceMention m, List<PlaceMention> all) {
        // mentions come in reading order: find this one by its start rather than by a linear search
        int i = java.util.Collections.binarySearch(all, m, java.util.Comparator.comparingInt(p -> p.span().start()));
        if (i < 0 || all.get(i) != m) {
            i = all.indexOf(m);
        }
        int first = i;
        while (first > 0 && joined(text, all.get(first - 1), all.get(first))) {
            first--;
        }
        int last = i;
        while (last + 1 < all.size() && joined(text, all.get(last), all.get(last + 1))) {
            last++;
        }
        if (i > 0 && all.get(i - 1).span().end() == m.span().start()
                && vocabulary.startingAt(text, m.span().end(), PlaceVocabulary.CueKind.HOMETOWN_AFTER) != null) {
            return Role.HOMETOWN;
        }
        if (vocabulary.startingAt(text, all.get(last).span().end(), PlaceVocabulary.CueKind.AWAY_AFTER) != null
                || awayBefore(text, all.get(first).span().start(), first > 0 ? all.get(first - 1).span().end() : 0)) {
            return Role.AWAY;
        }
        if (organisationFollows(text, m.span().end())) {
            return Role.ORGANISATION;
        }
        if (vocabulary.endingAt(text, m.span().start(), PlaceVocabulary.CueKind.SELF_BEFORE) != null
                || vocabulary.startingAt(text, m.span().end(), PlaceVocabulary.CueKind.SELF_AFTER) != null) {
            return Role.SELF;
        }
        return Role.PLAIN;
    }

    /** Whether two mentions are neighbours in a list (上海、杭州; 上海-六安; 嘉定六安). */
    private static boolean joined(String text, PlaceMention a, PlaceMention b) {
        int gap = b.span().start() - a.span().end();
        return gap == 0 || gap == 1 && LIST_SEPARATORS.indexOf(text.charAt(a.span().end())) >= 0;
    }

    /** Whether an away cue stands before {@code start}, a far-reaching one not beyond {@code limit}. */
    private boolean awayBefore(String text, int start, int limit) {
        for (PlaceVocabulary.Cue cue : vocabulary.cues(PlaceVocabulary.CueKind.AWAY_BEFORE)) {
            if (cue.window() == 0) {
                if (start >= cue.text().length() && text.startsWith(cue.text(), start - cue.text().length())) {
                    return true;
                }
                continue;
            }
            int from = start;
            while (from > limit && start - from < cue.window()
                    && !Clauses.isClauseEnd(text.charAt(from - 1))) {
                from--;
            }
            for (int at = from; at + cue.text().length() <= start; at++) {
                if (text.startsWith(cue.text(), at)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean organisationFollows(String text, int end) {
        for (int p = end; p < Math.min(text.length(), end + ORGANISATION_REACH); p++) {
            char c = text.charAt(p);
            if (Clauses.isClauseEnd(c) || c == '、' || Character.isWhitespace(c)) {
                return false;
            }
            PlaceVocabulary.Cue cue = vocabulary.startingAt(text, p, PlaceVocabulary.CueKind.ORG_AFTER);
            if (cue != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether the mention stands inside a 《document title》. */
    boolean insideDocumentTitle(String text, PlaceMention m) {
        int open = text.lastIndexOf('《', m.span().start());
        if (open < 0 || text.lastIndexOf('》', m.span().start()) > open) {
            return false;
        }
        int close = text.indexOf('》', m.span().end());
        int nextOpen = text.indexOf('《', m.span().end());
        return close >= 0 && close - m.span().end() <= DOCUMENT_TITLE_REACH && (nextOpen < 0 || nextOpen > close);
    }

    /**
     * The divisions named as the two sides of a partnership (上海-六安对口合作, 合六同城化), with how
     * often. Two single characters before the pattern stand for two cities of one province whose
     * names begin with them, when exactly one such pair exists.
     */
    Map<Region, Integer> pairs(String text, List<PlaceMention> mentions) {
        Map<Region, Integer> out = new LinkedHashMap<>();
        for (PlaceVocabulary.Cue cue : vocabulary.cues(PlaceVocabulary.CueKind.PAIR_AFTER)) {
            for (int c = text.indexOf(cue.text()); c >= 0; c = text.indexOf(cue.text(), c + 1)) {
                List<Region> sides = sides(text, mentions, c);
                for (Region r : sides) {
                    out.merge(r, 1, Integer::sum);
                }
            }
        }
        return out;
    }

    private List<Region> sides(String text, List<PlaceMention> mentions, int cueStart) {
        for (int i = 1; i < mentions.size(); i++) {
            PlaceMention b = mentions.get(i);
            PlaceMention a = mentions.get(i - 1);
            if (b.span().end() == cueStart && joined(text, a, b) && a.unique().isPresent() && b.unique().isPresent()) {
                return List.of(a.unique().get(), b.unique().get());
            }
        }
        if (cueStart < 2 || !Character.isIdeographic(text.charAt(cueStart - 2))
                || !Character.isIdeographic(text.charAt(cueStart - 1))) {
            return List.of();
        }
        for (PlaceMention m : mentions) {
            if (m.span().end() > cueStart - 2 && m.span().start() < cueStart) {
                return List.of(); // the characters belong to a name already read
            }
        }
        List<Region> pair = List.of();
        int found = 0;
        for (Region a : citiesByFirstChar.getOrDefault(text.charAt(cueStart - 2), List.of())) {
            for (Region b : citiesByFirstChar.getOrDefault(text.charAt(cueStart - 1), List.of())) {
                if (a != b && a.provinceCode().equals(b.provinceCode())) {
                    pair = List.of(a, b);
                    found++;
                }
            }
        }
        return found == 1 ? pair : List.of();
    }
}
