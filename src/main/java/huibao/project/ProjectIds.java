package huibao.project;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Short stable ids: the first eight hex digits of the SHA-256 of the region's code, the canonical
 * name and the phase, so that the same archive gives the same ids run after run.
 */
final class ProjectIds {

    private static final int LENGTH = 8;

    private ProjectIds() {
    }

    /** The id of a project of {@code name} and {@code phase} in {@code region}. */
    static String of(String region, String name, int phase) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((region + "|" + name + "|" + phase).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
