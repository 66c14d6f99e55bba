package huibao.cli;

import huibao.model.Fact;

/** Test access to the package-private JSON writer. */
public final class FactJsonAccess {
    public static String line(Fact f) {
        return FactJson.line(f);
    }
}
