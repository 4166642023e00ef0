package io.schemadiff.cli;

import io.schemadiff.parser.source.Source;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * One side of a comparison: what the user named, the sources read for it, and their fingerprint, a SHA-256 of the
 * sources' texts in order, so that a reviewed plan can be checked to be the one for these inputs.
 */
record Side(String name, List<Source> sources, String sha256) {
    Side {
        sources = List.copyOf(sources);
    }

    static Side of(String name, List<Source> sources) {
        MessageDigest md = digest();
        for (Source s : sources) {
            md.update(s.text().getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
        }
        return new Side(name, sources, HexFormat.of().formatHex(md.digest()));
    }

    static String sha256(String text) {
        return HexFormat.of().formatHex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JVM", e);
        }
    }
}
