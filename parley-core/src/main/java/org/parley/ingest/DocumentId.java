package org.parley.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The stable id of a document that came without one: the first {@value #HEX_CHARS} hex characters
 * of the SHA-256 of its normalised text (Unicode NFC, runs of whitespace collapsed to one space,
 * trimmed). The same text read from two files, or with other line ends or indentation, gets the
 * same id, so re-ingesting a corpus keeps its event ids.
 */
final class DocumentId {

    static final int HEX_CHARS = 16;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private DocumentId() {
    }

    static String of(String text) {
        String normalised = WHITESPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC))
                .replaceAll(" ")
                .strip();
        return HexFormat.of().formatHex(sha256(normalised.getBytes(StandardCharsets.UTF_8)))
                .substring(0, HEX_CHARS);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException cannotHappen) {
            // Every Java platform must provide SHA-256 (MessageDigest's Javadoc).
            throw new IllegalStateException("SHA-256 is missing from this Java platform", cannotHappen);
        }
    }
}
