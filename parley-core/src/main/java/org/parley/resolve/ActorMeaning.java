package org.parley.resolve;

import java.time.LocalDate;

/** What a dictionary phrase means on a day: the same entry every day, or a person's role then. */
@FunctionalInterface
interface ActorMeaning {
    ActorEntry on(LocalDate when);
}
