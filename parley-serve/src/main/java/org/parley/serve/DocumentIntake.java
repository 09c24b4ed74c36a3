package org.parley.serve;

import org.parley.model.Document;

/**
 * Codes a posted document and stores it with its event mentions in the database the server reads,
 * so that it can be read back by its id as soon as {@link #stored} returns.
 *
 * <p>The command line wires this to the real pipeline and store; tests use a fake. Implementations
 * must be safe to call from several request threads.
 */
@FunctionalInterface
public interface DocumentIntake {

    /**
     * Codes and stores one document; returns the id it is stored under (normally its own id).
     *
     * @throws IntakeUnavailableException when coding is not possible here (answered with 503)
     */
    String stored(Document document);

    /** An intake that refuses every document: coding is not configured in this server. */
    static DocumentIntake unavailable(String reason) {
        return document -> {
            throw new IntakeUnavailableException(reason);
        };
    }
}
