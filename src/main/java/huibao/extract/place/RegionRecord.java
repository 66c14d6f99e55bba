package huibao.extract.place;

import huibao.model.Region;

import java.util.List;

/**
 * One row of regions.tsv: a division with its short forms and, for a former name, the current
 * divisions that took its place.
 *
 * @param region     the division as named in the row (for a former name: its last code and level)
 * @param shortNames short forms reports write for it
 * @param status     active, stat_zone, abolished or changed
 * @param successors codes of the current divisions that took over a former name, else empty
 */
record RegionRecord(Region region, List<String> shortNames, String status, List<String> successors) {

    RegionRecord {
        shortNames = List.copyOf(shortNames);
        successors = List.copyOf(successors);
    }

    /** Whether the row is a division in use today (an MCA division or an NBS statistical zone). */
    boolean isCurrent() {
        return status.equals("active") || status.equals("stat_zone");
    }
}
