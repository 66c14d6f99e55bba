package huibao.export.json;

import huibao.model.Fact;

/** Test access to the fact contract's JSON writer. */
public final class FactJsonAccess {
    public static String line(Fact f) {
        return FactJson.line(f);
    }
}
