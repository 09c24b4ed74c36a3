package org.parley.cli;

import java.util.Locale;
import org.parley.nlp.CoreNlpAnnotator;
import org.parley.nlp.TimeSource;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code --times parley|sutime} option: where the annotator takes time expressions from
 * (see {@link TimeSource}).
 */
final class TimesOption {

    @Option(names = "--times", paramLabel = "parley|sutime", converter = Source.class,
            description = "Where dates and times come from: parley (the default, Parley's own "
                    + "recogniser) or sutime (CoreNLP's SUTime: slower, as before).")
    private TimeSource times;

    /**
     * The stages a command runs with this option: {@code stages} itself when it was not given
     * (their annotator is then the production default, or a test's own), else with a CoreNLP
     * annotator whose times come from the source given.
     */
    Stages applyTo(Stages stages) {
        if (times == null) {
            return stages;
        }
        TimeSource source = times;
        return stages.withAnnotator(() -> CoreNlpAnnotator.builder().times(source).build());
    }

    /** Reads "parley" or "sutime", in any case. */
    static final class Source implements ITypeConverter<TimeSource> {
        @Override
        public TimeSource convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "parley" -> TimeSource.PARLEY;
                case "sutime" -> TimeSource.SUTIME;
                default -> throw new TypeConversionException("must be parley or sutime, not '" + value + "'");
            };
        }
    }
}
