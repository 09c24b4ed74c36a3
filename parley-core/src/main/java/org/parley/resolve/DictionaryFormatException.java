package org.parley.resolve;

/** A dictionary or gazetteer file could not be read or has a malformed line. */
public final class DictionaryFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String resource;
    private final int line;

    DictionaryFormatException(String resource, int line, String problem) {
        super(resource + (line > 0 ? ":" + line : "") + ": " + problem);
        this.resource = resource;
        this.line = line;
    }

    DictionaryFormatException(String resource, String problem, Throwable cause) {
        super(resource + ": " + problem, cause);
        this.resource = resource;
        this.line = 0;
    }

    /** @return the file or class-path resource that failed */
    public String resource() {
        return resource;
    }

    /** @return the 1-based line number, or 0 when the problem is not on one line */
    public int line() {
        return line;
    }
}
