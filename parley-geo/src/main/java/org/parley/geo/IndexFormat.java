package org.parley.geo;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The binary gazetteer index ({@code gazetteer.bin}, in the jar of parley-geo), written by
 * {@link IndexBuilder} at build time and read by {@link GeoNamesGazetteer}. Big-endian, Java's
 * modified UTF-8 for strings, coordinates as integers of 1e-5 degrees:
 *
 * <pre>
 * "PARLEYGZ" int version
 * int n, n × UTF iso3                                   countries, referred to by index
 * int n, n × (short country, UTF name, int lat, int lon, int population)          regions
 * int n, n × (int geonamesId, UTF name, short country, int region or -1,
 *             int lat, int lon, int population, byte flags: 1 = capital,
 *             2 = first-level seat)                                               cities
 * int n, n × (short country, UTF name)                  alternative country names
 * </pre>
 */
final class IndexFormat {
    static final String MAGIC = "PARLEYGZ";
    static final int VERSION = 2;

    record Region(int country, String name, int lat5, int lon5, int population) {
    }

    record City(int geonamesId, String name, int country, int region, int lat5, int lon5, int population,
                boolean capital, boolean regionSeat) {
    }

    record Alias(int country, String name) {
    }

    /** Everything the index holds. */
    record Index(List<String> countries, List<Region> regions, List<City> cities, List<Alias> aliases) {
    }

    private IndexFormat() {
    }

    static void write(Index index, DataOutputStream out) throws IOException {
        out.writeBytes(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(index.countries().size());
        for (String c : index.countries()) {
            out.writeUTF(c);
        }
        out.writeInt(index.regions().size());
        for (Region r : index.regions()) {
            out.writeShort(r.country());
            out.writeUTF(r.name());
            out.writeInt(r.lat5());
            out.writeInt(r.lon5());
            out.writeInt(r.population());
        }
        out.writeInt(index.cities().size());
        for (City c : index.cities()) {
            out.writeInt(c.geonamesId());
            out.writeUTF(c.name());
            out.writeShort(c.country());
            out.writeInt(c.region());
            out.writeInt(c.lat5());
            out.writeInt(c.lon5());
            out.writeInt(c.population());
            out.writeByte((c.capital() ? 1 : 0) | (c.regionSeat() ? 2 : 0));
        }
        out.writeInt(index.aliases().size());
        for (Alias a : index.aliases()) {
            out.writeShort(a.country());
            out.writeUTF(a.name());
        }
    }

    static Index read(DataInputStream in) throws IOException {
        byte[] magic = in.readNBytes(MAGIC.length());
        if (!new String(magic, java.nio.charset.StandardCharsets.US_ASCII).equals(MAGIC)) {
            throw new IOException("not a Parley gazetteer index");
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("index version " + version + ", this Parley reads " + VERSION);
        }
        int n = in.readInt();
        List<String> countries = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            countries.add(in.readUTF());
        }
        n = in.readInt();
        List<Region> regions = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            regions.add(new Region(in.readShort(), in.readUTF(), in.readInt(), in.readInt(), in.readInt()));
        }
        n = in.readInt();
        List<City> cities = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int id = in.readInt();
            String name = in.readUTF();
            int country = in.readShort();
            int region = in.readInt();
            int lat5 = in.readInt();
            int lon5 = in.readInt();
            int population = in.readInt();
            byte flags = in.readByte();
            cities.add(new City(id, name, country, region, lat5, lon5, population, (flags & 1) != 0, (flags & 2) != 0));
        }
        n = in.readInt();
        List<Alias> aliases = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            aliases.add(new Alias(in.readShort(), in.readUTF()));
        }
        return new Index(countries, regions, cities, aliases);
    }
}
