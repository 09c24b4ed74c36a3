package org.parley.serve;

/** Thrown by a {@link DocumentIntake} that cannot code documents; the API answers 503 with the message. */
public final class IntakeUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IntakeUnavailableException(String message) {
        super(message);
    }
}
