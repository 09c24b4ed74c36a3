package org.parley.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version Maven wrote into {@code version.properties} at build time, and the Java running it. */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return new String[] {
            "parley " + properties.getProperty("version", "(unknown version)"),
            "Java " + System.getProperty("java.version") + ", Stanford CoreNLP "
                    + properties.getProperty("corenlp", "(unknown version)"),
            "Licence GPL-3.0-or-later"};
    }
}
