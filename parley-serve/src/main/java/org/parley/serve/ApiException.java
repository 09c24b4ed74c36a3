package org.parley.serve;

/**
 * An error the API answers with a status and a message naming what was wrong; the server maps it
 * to {@code {"error": message, "status": status}} in one place.
 */
final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }

    static ApiException badParameter(String name, String value, String expected) {
        return new ApiException(400, "parameter '" + name + "': " + expected + ", got '" + value + "'");
    }

    static ApiException notFound(String what, String id) {
        return new ApiException(404, "no " + what + " with id '" + id + "'");
    }
}
