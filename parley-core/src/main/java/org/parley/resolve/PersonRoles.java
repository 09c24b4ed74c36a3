package org.parley.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A person and the roles they held, with the rule that turns a date into a code: the role held
 * that day; out of office, the person's country with no sector. Identity is the object: one
 * instance per canonical name.
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

    /**
     * A phrase that names one person, or several who share it ("Bush", "Assad"). Among several,
     * the one in office on the day wins; when none or more than one is, the code they all give
     * that day, or the country they share with no sector; people of different countries name
     * nobody. Without a day, the one whose latest role started last.
     */
    record Alias(String phrase, List<PersonRoles> people) implements ActorMeaning {
        Alias {
            people = List.copyOf(people);
        }

        Alias(String phrase, PersonRoles person) {
            this(phrase, List.of(person));
        }

        /** @return the same phrase naming one more person */
        Alias with(PersonRoles other) {
            List<PersonRoles> more = new ArrayList<>(people);
            more.add(other);
            return new Alias(phrase, more);
        }

        boolean names(PersonRoles person) {
            return people.contains(person);
        }

        @Override
        public ActorEntry on(LocalDate when) {
            if (people.size() == 1) {
                return people.get(0).on(phrase, when);
            }
            if (when == null) {
                return people.stream().max(Comparator.comparing(PersonRoles::latestStart)).orElseThrow()
                        .on(phrase, null);
            }
            List<PersonRoles> inOffice = people.stream().filter(p -> p.inOffice(when)).toList();
            if (inOffice.size() == 1) {
                return inOffice.get(0).on(phrase, when);
            }
            List<ActorEntry> entries = people.stream().map(p -> p.on(phrase, when)).toList();
            ActorEntry first = entries.get(0);
            boolean sameCountry = entries.stream().allMatch(e -> e.country().equals(first.country()));
            if (!sameCountry) {
                return null;
            }
            boolean sameSector = entries.stream().allMatch(e -> Objects.equals(e.sector(), first.sector()));
            return new ActorEntry(phrase, ActorKind.PERSON, first.country(), sameSector ? first.sector() : null,
                    phrase);
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

    boolean inOffice(LocalDate day) {
        return roles.stream().anyMatch(r -> r.heldOn(day));
    }

    LocalDate latestStart() {
        return roles.stream().map(Role::from).max(Comparator.naturalOrder()).orElse(LocalDate.MIN);
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
