package org.parley.resolve;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

/** Builds the maps of an {@link ActorDictionary} from the rows of its files, checking each row. */
final class ActorDictionaryLoader {
    private static final Pattern CODE = Pattern.compile("([A-Z]{3})+");

    private final Map<String, ActorEntry> entries = new HashMap<>();
    private final Map<String, String> origins = new HashMap<>();
    private final Map<String, PersonRoles.Alias> people = new HashMap<>();
    private final Map<String, ActorEntry> countryEntries = new LinkedHashMap<>();
    private final Map<String, Boolean> acronymOnly = new HashMap<>();

    Map<String, ActorEntry> entries() {
        return entries;
    }

    Map<String, PersonRoles.Alias> people() {
        return people;
    }

    Map<String, ActorEntry> countryEntries() {
        return countryEntries;
    }

    /** @return the keys under which only acronyms are stored: they match only text written as one */
    Set<String> acronymKeys() {
        return acronymOnly.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Columns: iso3, kind (name|alias|demonym|capital|seat), sector, phrases, note. */
    void countries(List<TsvReader.Row> rows) {
        for (TsvReader.Row row : rows) {
            String iso3 = code(row, 0, "country code");
            String kind = row.required(1, "kind");
            String sector = row.get(2).isEmpty() ? null : code(row, 2, "sector");
            List<String> phrases = phrases(row, 3);
            ActorEntry canonical = countryEntries.get(iso3);
            if (!kind.equals("name") && canonical == null) {
                throw row.problem("a '" + kind + "' row for " + iso3 + " comes before its 'name' row");
            }
            switch (kind) {
                case "name" -> {
                    if (canonical != null) {
                        throw row.problem("second 'name' row for " + iso3 + "; use 'alias'");
                    }
                    canonical = new ActorEntry(phrases.get(0), ActorKind.COUNTRY, iso3, null, phrases.get(0));
                    countryEntries.put(iso3, canonical);
                    put(row, phrases, ActorKind.COUNTRY, iso3, null, canonical.name());
                }
                case "alias" -> put(row, phrases, ActorKind.COUNTRY, iso3, null, canonical.name());
                case "demonym" -> put(row, phrases, ActorKind.DEMONYM, iso3, null, canonical.name());
                case "capital" -> put(row, phrases, ActorKind.SEAT_OF_POWER, iso3, sector == null ? "GOV" : sector,
                        canonical.name());
                case "seat" -> {
                    if (sector == null) {
                        throw row.problem("a 'seat' row needs a sector");
                    }
                    put(row, phrases, ActorKind.SEAT_OF_POWER, iso3, sector, canonical.name());
                }
                case "office" -> {
                    if (sector == null) {
                        throw row.problem("an 'office' row needs a sector");
                    }
                    put(row, phrases, ActorKind.OFFICE, iso3, sector, canonical.name());
                }
                default -> throw row.problem("unknown kind '" + kind + "' (name|alias|demonym|capital|seat|office)");
            }
        }
    }

    /** Columns: country or group code, sector, phrases (first = name), note. */
    void organisations(List<TsvReader.Row> rows) {
        for (TsvReader.Row row : rows) {
            String country = code(row, 0, "country or group code");
            String sector = row.get(1).isEmpty() ? null : code(row, 1, "sector");
            List<String> phrases = phrases(row, 2);
            put(row, phrases, ActorKind.ORGANISATION, country, sector, phrases.get(0));
        }
    }

    /** Columns: sector (or "delegation"), phrases, note. */
    void sectors(List<TsvReader.Row> rows) {
        for (TsvReader.Row row : rows) {
            String sector = row.required(0, "sector");
            if (!sector.equals(ActorEntry.DELEGATION)) {
                sector = code(row, 0, "sector");
            }
            for (String phrase : phrases(row, 1)) {
                put(row, List.of(phrase), ActorKind.SECTOR, null, sector, phrase);
            }
        }
    }

    /** Columns: country, sector, from, to, role, names (first = canonical), note. */
    void people(List<TsvReader.Row> rows) {
        Map<String, PersonRoles> byName = new HashMap<>();
        for (TsvReader.Row row : rows) {
            String country = code(row, 0, "country code");
            String sector = row.get(1).isEmpty() ? null : code(row, 1, "sector");
            String role = row.required(4, "role");
            List<String> names = phrases(row, 5);
            PersonRoles person = byName.computeIfAbsent(names.get(0), PersonRoles::new);
            if (role.equals("citizen")) {
                person.home(country);
            } else {
                LocalDate from = date(row, 2);
                if (from == null) {
                    throw row.problem("missing from date");
                }
                LocalDate to = date(row, 3);
                if (to != null && to.isBefore(from)) {
                    throw row.problem("role ends (" + to + ") before it starts (" + from + ")");
                }
                person.add(new PersonRoles.Role(country, sector, from, to, role));
            }
            for (String name : names) {
                String key = key(row, name);
                PersonRoles.Alias known = people.get(key);
                if (entries.containsKey(key)) {
                    throw row.problem("'" + name + "' is already an entry of " + origins.get(key));
                }
                if (known == null) {
                    people.put(key, new PersonRoles.Alias(name, person));
                } else if (!known.names(person)) {
                    // A surname two people share ("Bush"): the date of the text decides between them.
                    people.put(key, known.with(person));
                }
                acronymOnly.merge(key, PhraseKey.isAcronym(name), Boolean::logicalAnd);
            }
        }
        for (PersonRoles person : byName.values()) {
            if (!person.hasRoles()) {
                throw new DictionaryFormatException(rows.get(0).resource(), 0,
                        person.name() + " has a 'citizen' row but no role");
            }
        }
    }

    private void put(TsvReader.Row row, List<String> phrases, ActorKind kind, String country, String sector,
                     String name) {
        for (String phrase : phrases) {
            String key = key(row, phrase);
            ActorEntry entry = new ActorEntry(phrase, kind, country, sector, name);
            ActorEntry known = entries.get(key);
            acronymOnly.merge(key, PhraseKey.isAcronym(phrase), Boolean::logicalAnd);
            if (known != null) {
                if (known.kind() == kind && Objects.equals(known.country(), country)
                        && Objects.equals(known.sector(), sector)) {
                    continue; // the same meaning listed twice is harmless
                }
                throw row.problem("'" + phrase + "' already means " + describe(known) + " (" + origins.get(key) + ")");
            }
            if (people.containsKey(key)) {
                throw row.problem("'" + phrase + "' already names " + people.get(key).people().get(0).name());
            }
            entries.put(key, entry);
            origins.put(key, row.resource() + ":" + row.line());
        }
    }

    private static String describe(ActorEntry e) {
        return e.kind() + " " + e.code();
    }

    private static String key(TsvReader.Row row, String phrase) {
        String key = PhraseKey.of(phrase);
        if (key.isEmpty()) {
            throw row.problem("phrase '" + phrase + "' has no words");
        }
        return key;
    }

    private static List<String> phrases(TsvReader.Row row, int column) {
        List<String> phrases = row.list(column);
        if (phrases.isEmpty()) {
            throw row.problem("no phrase in column " + (column + 1));
        }
        return phrases;
    }

    private static String code(TsvReader.Row row, int column, String what) {
        String code = row.required(column, what);
        if (!CODE.matcher(code).matches()) {
            throw row.problem(what + " '" + code + "' is not made of three-letter upper-case codes");
        }
        return code;
    }

    private static LocalDate date(TsvReader.Row row, int column) {
        String text = row.get(column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw row.problem("'" + text + "' in column " + (column + 1) + " is not an ISO date (YYYY-MM-DD)");
        }
    }
}
