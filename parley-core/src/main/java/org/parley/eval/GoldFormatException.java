package org.parley.eval;

import java.nio.file.Path;

/** A gold file that cannot be read or is not in the format its set expects; the message names the file. */
public final class GoldFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    GoldFormatException(Path file, String reason) {
        super(file + ": " + reason);
    }

    GoldFormatException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
    }
}
