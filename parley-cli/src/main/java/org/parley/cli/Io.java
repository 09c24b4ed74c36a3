package org.parley.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What a command reads from and writes to, passed in rather than taken from {@link System} so
 * that commands can be run in tests.
 *
 * @param in            standard input, for the input "-"
 * @param out           standard output: results only
 * @param err           standard error: problems and progress
 * @param errIsTerminal whether standard error is a terminal, where progress is shown
 * @param home          the Parley installation (the repository root), where {@code samples/} is
 */
record Io(InputStream in, PrintStream out, PrintStream err, boolean errIsTerminal, Path home) {
}
