package org.parley.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.code.EventCoder;
import org.parley.code.EventLexicon;
import org.parley.code.LexiconEntry;
import org.parley.code.PetrarchVerbs;
import org.parley.ontology.Cameo;
import org.parley.resolve.ActorDictionary;
import org.parley.resolve.DictionaryFormatException;
import picocli.CommandLine.Option;

/**
 * The options that add TABARI/PETRARCH dictionaries to the coder (or, with
 * {@code --no-default-dictionaries}, replace the built-in ones of the kinds given).
 */
final class DictionaryOptions {

    @Option(names = "--actors", paramLabel = "FILE",
            description = "A TABARI/PETRARCH actor dictionary to add (repeatable).")
    private List<Path> actors = new ArrayList<>();

    @Option(names = "--agents", paramLabel = "FILE",
            description = "A TABARI/PETRARCH agent dictionary to add (repeatable).")
    private List<Path> agents = new ArrayList<>();

    @Option(names = "--verbs", paramLabel = "FILE",
            description = "A TABARI/PETRARCH verb dictionary to add (repeatable); patterns the event "
                    + "lexicon cannot express are skipped and counted on standard error.")
    private List<Path> verbs = new ArrayList<>();

    @Option(names = "--no-default-dictionaries",
            description = "Use only the given files: --actors/--agents replace the built-in actor "
                    + "dictionary, --verbs the built-in event lexicon.")
    private boolean noDefaults;

    /** True when no dictionary option was given: the built-in coder runs as it is. */
    boolean none() {
        return actors.isEmpty() && agents.isEmpty() && verbs.isEmpty() && !noDefaults;
    }

    /**
     * The stages a command runs with these options: {@code stages} itself when none was given,
     * else the production coder with the dictionaries read. A file that cannot be used is
     * reported on {@code err} as {@code parley: reason}, and the result is empty: a usage error.
     */
    Optional<Stages> applyTo(Stages stages, PrintStream err, boolean quiet) {
        if (none()) {
            return Optional.of(stages);
        }
        try {
            return Optional.of(stages.withCoder(Stages.productionCoder(coder(err, quiet))));
        } catch (DictionaryFormatException | IllegalStateException | IllegalArgumentException e) {
            err.println("parley: " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Reads the files into a coder builder, reporting what was loaded and skipped on {@code err}
     * unless quiet.
     *
     * @throws IllegalArgumentException for --no-default-dictionaries without files
     * @throws org.parley.resolve.DictionaryFormatException or IllegalStateException naming the
     *         file and line of a malformed entry
     */
    EventCoder.Builder coder(PrintStream err, boolean quiet) {
        if (noDefaults && actors.isEmpty() && agents.isEmpty() && verbs.isEmpty()) {
            throw new IllegalArgumentException("--no-default-dictionaries needs --actors, --agents or --verbs");
        }
        EventCoder.Builder builder = EventCoder.builder();
        if (!actors.isEmpty() || !agents.isEmpty()) {
            ActorDictionary.Builder dictionary = ActorDictionary.builder();
            if (noDefaults) {
                dictionary.withoutBuiltIn();
            }
            actors.forEach(dictionary::petrarchActors);
            agents.forEach(dictionary::petrarchAgents);
            ActorDictionary built = dictionary.build();
            if (!quiet) {
                built.notes().forEach(note -> err.println("parley: note: " + note));
            }
            builder.actors(built);
        }
        if (!verbs.isEmpty()) {
            Cameo cameo = Cameo.builtIn();
            List<LexiconEntry> entries = new ArrayList<>();
            for (Path file : verbs) {
                PetrarchVerbs.Loaded loaded = PetrarchVerbs.read(file, cameo);
                entries.addAll(loaded.entries());
                if (!quiet) {
                    err.println("parley: " + file + ": " + loaded.entries().size() + " lexicon entries, "
                            + loaded.skipped().size() + " lines skipped (patterns the lexicon cannot express)");
                }
            }
            builder.lexicon(noDefaults ? EventLexicon.of(entries) : EventLexicon.builtIn().plus(entries));
        }
        return builder;
    }
}
