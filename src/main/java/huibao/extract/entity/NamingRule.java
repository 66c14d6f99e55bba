package huibao.extract.entity;

/** How a candidate name is judged: what it needs beyond generic words to be a name. */
enum NamingRule {
    /** A project's name: needs a word of its own that is no place. */
    PROJECT,
    /** An organisation's name: a place counts as its own word (山东大学). */
    ORGANIZATION,
    /** A list item or a partner, which its context already marks as a name: needs a non-generic word. */
    LISTED
}
