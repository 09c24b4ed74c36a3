package org.parley.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Strict UTF-8 decoding of raw bytes, and the one normalisation ingest applies to text files.
 *
 * <p>Design decision: decoding is strict (malformed or unmappable bytes are an error, never
 * replaced by U+FFFD) so that a Latin-1 or UTF-16 file is reported instead of silently read as
 * garbage that the coder would then try to code.
 */
final class Utf8Text {

    private static final char BOM = '\uFEFF';

    private Utf8Text() {
    }

    /** The text of {@code bytes}, without a leading byte-order mark; empty when not valid UTF-8. */
    static Optional<String> decode(byte[] bytes, int offset, int length) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length))
                    .toString();
            return Optional.of(!text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text);
        } catch (CharacterCodingException malformed) {
            return Optional.empty();
        }
    }

    static Optional<String> decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }

    /** True when the bytes hold a NUL, which no text document does: the mark of a binary file. */
    static boolean looksBinary(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Line ends normalised to LF: CRLF and lone CR become LF. Applied to plain text as it is read,
     * before any offset exists, so that offsets do not depend on the platform that wrote the file.
     */
    static String normaliseLineEnds(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
