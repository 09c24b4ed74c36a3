package org.parley.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a stream line by line as raw bytes, so that each line can be decoded on its own and one
 * malformed line does not stop the lines after it. Line ends (LF, CRLF) are not part of a line.
 * Not thread-safe.
 */
final class ByteLines {

    private final InputStream in;
    private final int maxLineBytes;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private int number;
    private boolean tooLong;

    /** @param in a buffered stream: it is read one byte at a time */
    ByteLines(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or {@code null} at the end of the stream. */
    byte[] next() throws IOException {
        line.reset();
        tooLong = false;
        int b = in.read();
        if (b < 0) {
            return null;
        }
        number++;
        while (b >= 0 && b != '\n') {
            if (line.size() < maxLineBytes) {
                line.write(b);
            } else {
                tooLong = true;
            }
            b = in.read();
        }
        byte[] bytes = line.toByteArray();
        if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
            return Arrays.copyOf(bytes, bytes.length - 1);
        }
        return bytes;
    }

    /** The 1-based number of the line last returned. */
    int number() {
        return number;
    }

    /** True when the line last returned was cut at the maximum length. */
    boolean wasTooLong() {
        return tooLong;
    }
}
