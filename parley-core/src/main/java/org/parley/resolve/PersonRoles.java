package org.parley.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A person and the roles they held, with the rule that turns a date into a code: the role held
 * that day; out of office, the person's country with no sector.
 */
final class PersonRoles {

    /** One dated role; {@code to} is {@code null} while still held. */
    record Role(String country, String sector, LocalDate from, LocalDate to, String title) {
        boolean heldOn(LocalDate day) {
            return !day.isBefore(from) && (to == null || !day.isAfter(to));
        }

        long daysFrom(LocalDate day) {
            if (heldOn(day)) {
                return 0;
            }
            LocalDate edge = day.isBefore(from) ? from : to;
            return Math.abs(edge.toEpochDay() - day.toEpochDay());
        }
    }

    /** A phrase that names the person. */
    record Alias(String phrase, PersonRoles person) implements ActorMeaning {
        @Override
        public ActorEntry on(LocalDate when) {
            return person.on(phrase, when);
        }
    }

    private final String name;
    private String home;
    private final List<Role> roles = new ArrayList<>();

    PersonRoles(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    /** The country to give when out of office; when never set, the country of the nearest role. */
    void home(String country) {
        this.home = country;
    }

    void add(Role role) {
        roles.add(role);
    }

    boolean hasRoles() {
        return !roles.isEmpty();
    }

    /** @return the entry for this person on a day, or for the most recent role when {@code day} is null */
    ActorEntry on(String phrase, LocalDate day) {
        Comparator<Role> latestStart = Comparator.comparing(Role::from);
        if (day == null) {
            Role last = roles.stream().max(latestStart).orElseThrow();
            return entry(phrase, last.country(), last.sector());
        }
        // Overlapping roles (a prime minister who is also foreign minister): the one taken last wins.
        var held = roles.stream().filter(r -> r.heldOn(day)).max(latestStart);
        if (held.isPresent()) {
            return entry(phrase, held.get().country(), held.get().sector());
        }
        String country = home != null ? home
                : roles.stream().min(Comparator.comparingLong(r -> r.daysFrom(day))).orElseThrow().country();
        return entry(phrase, country, null);
    }

    private ActorEntry entry(String phrase, String country, String sector) {
        return new ActorEntry(phrase, ActorKind.PERSON, country, sector, name);
    }
}
