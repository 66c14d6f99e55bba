package huibao.index;

import java.util.Locale;

/** The order of a search's reports. */
public enum SearchSort {
    /** Best match first. */
    RELEVANCE,
    /**
     * Newest first: by the date written under the title, else by the end of the period covered;
     * reports that tell neither come last, and equal days go best match first.
     */
    DATE;

    /** The order named {@code name}, "relevance" or "date", in any case. */
    public static SearchSort named(String name) {
        for (SearchSort s : values()) {
            if (s.name().equalsIgnoreCase(name.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("there is no sort order " + name + "; write relevance or date");
    }

    /** The name as the analyst writes it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
