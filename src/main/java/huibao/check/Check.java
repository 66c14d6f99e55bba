package huibao.check;

import huibao.model.Finding;

import java.util.List;

/** One rule: reads the context, adds what it finds. */
interface Check {

    /** Adds the findings of this rule over {@code context} to {@code out}. */
    void run(CheckContext context, List<Finding> out);
}
