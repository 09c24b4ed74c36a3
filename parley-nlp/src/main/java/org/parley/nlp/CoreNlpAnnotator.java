package org.parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.annotate.Annotator;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Document;
import org.parley.model.Sentence;
import org.parley.time.TimeTagger;

/**
 * The annotate stage on Stanford CoreNLP: tokens, sentences, parts of speech, lemmas, coarse named
 * entities, time expressions and the enhanced++ dependency graph, converted at once into Parley's
 * own types so that nothing downstream sees CoreNLP. Time expressions and number tags come from
 * Parley's own tagger by default, or from SUTime ({@link Builder#times}).
 *
 * <p>Only the annotators the coder uses are run ({@code tokenize, ssplit, pos, lemma, ner,
 * depparse}), and named entities come from one CRF model (see {@link Builder}). Design decision:
 * fine-grained NER is off, because it roughly halves throughput and
 * costs about 460 MB of heap for distinctions (nationality, title, city versus country) that the
 * actor dictionaries make anyway.
 *
 * <p>With {@link TimeSource#SUTIME}, SUTime and CoreNLP's numeric classifiers, which cost more than
 * the CRF and the rest of named-entity recognition together, run only on the sentences that
 * {@link TimeGate} admits (a digit, a number, a calendar or time word); the other sentences get the
 * CRF alone, with the same output (checked by {@code TimeGateIT}). On request
 * ({@link Builder#sutimeWindows}) they see only windows of an admitted sentence ({@link SutimeWindows}).
 * Either way the publication date anchors relative expressions ("last month" published on
 * 2017-08-10 is {@code 2017-07}); without one they keep unanchored values.
 *
 * <p>Building the first instance loads the models (5 to 8 seconds, about 600 MB of heap); reuse
 * it. Instances are not thread-safe: build one per worker thread. Further instances with the same
 * options cost about 3.5 seconds and 240 MB each: CoreNLP keeps its loaded annotators (tagger, NER,
 * SUTime) in a process-wide cache and shares them between pipelines, but each instance loads its
 * own dependency parser, whose shared cache would make the threads wait on each other (see
 * {@link EnhancedParse}).
 */
public final class CoreNlpAnnotator implements Annotator {

    /** CoreNLP's 3-class English CRF, in its models jar. */
    private static final String THREE_CLASS_NER = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    /** A line of CoreNLP's timing report: "POSTaggerAnnotator: 0.6 sec.". */
    private static final Pattern TIMING_LINE = Pattern.compile("(?m)^(\\w+): ([0-9.]+) sec\\.");

    /** Tokens, sentences, parts of speech and lemmas. */
    private final StanfordCoreNLP front;
    /** Named entities, and with SUTime times and numbers. */
    private final NerStage ner;
    /** Parley's time expressions and number tags, or null when they come from SUTime. */
    private final ParleyTimes parleyTimes;
    /** The dependency parse: this instance's own parser, or null when CoreNLP's {@code depparse} runs. */
    private final EnhancedParse ownParse;
    /** CoreNLP's {@code depparse}, when {@link Builder#ownParser} is off; otherwise null. */
    private final StanfordCoreNLP sharedParse;

    private CoreNlpAnnotator(Properties common, TimeSource times, boolean gated, boolean windows,
                             boolean ownParser, boolean ownNetwork) {
        this.front = stage(common, "tokenize,ssplit,pos,lemma");
        this.parleyTimes = times == TimeSource.PARLEY ? new ParleyTimes(TimeTagger.english()::tag) : null;
        this.ner = new NerStage(common, times, gated, windows);
        this.ownParse = ownParser ? new EnhancedParse(ownNetwork) : null;
        this.sharedParse = ownParser ? null : stage(common, "depparse");
    }

    static StanfordCoreNLP stage(Properties common, String annotators) {
        Properties p = new Properties();
        p.putAll(common);
        p.setProperty("annotators", annotators);
        return new StanfordCoreNLP(p, false);
    }

    /** An annotator with the defaults of {@link Builder}. */
    public static CoreNlpAnnotator withDefaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public AnnotatedDocument annotate(Document document) {
        Annotation annotation = runPipeline(document);
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        List<Sentence> out = new ArrayList<>(sentences.size());
        for (CoreMap sentence : sentences) {
            Sentence converted = SentenceConverter.convert(out.size(), sentence, document.text());
            out.add(parleyTimes == null ? converted : parleyTimes.retag(converted, document.published()));
        }
        return new AnnotatedDocument(document, out);
    }

    /**
     * Runs the CoreNLP pipeline alone on a document, with the same input and options as
     * {@link #annotate} (the same CoreNLP annotators for the chosen {@link TimeSource}) but without
     * converting its output or tagging Parley's times: the baseline benchmarks measure Parley against.
     */
    public PipelineCounts annotateBare(Document document) {
        Annotation annotation = runPipeline(document);
        return new PipelineCounts(annotation.get(CoreAnnotations.SentencesAnnotation.class).size(),
                annotation.get(CoreAnnotations.TokensAnnotation.class).size());
    }

    /**
     * The seconds that each CoreNLP annotator of this instance has spent so far, by annotator
     * class name ("NERCombinerAnnotator"), in pipeline order, at the tenth of a second that
     * CoreNLP keeps.
     */
    public Map<String, Double> annotatorSeconds() {
        Map<String, Double> out = new LinkedHashMap<>();
        List<StanfordCoreNLP> stages = new ArrayList<>(List.of(front));
        stages.addAll(ner.pipelines());
        if (sharedParse != null) {
            stages.add(sharedParse);
        }
        for (StanfordCoreNLP stage : stages) {
            Matcher m = TIMING_LINE.matcher(stage.timingInformation());
            while (m.find()) {
                if (!"TOTAL".equals(m.group(1))) {
                    out.merge(m.group(1), Double.parseDouble(m.group(2)), Double::sum);
                }
            }
        }
        if (ownParse != null) {
            out.put("EnhancedParse", Math.round(ownParse.seconds() * 10) / 10.0);
        }
        return out;
    }

    /** Whether SUTime runs on windows in this instance (for tests of the switch). */
    boolean sutimeOnWindows() {
        return ner.sutimeOnWindows();
    }

    /** How much text one bare pipeline run went through. */
    public record PipelineCounts(int sentences, int tokens) {
    }

    private Annotation runPipeline(Document document) {
        Annotation annotation = new Annotation(LineBreaks.forSentenceSplitting(document.text()));
        if (document.published() != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class,
                    document.published().format(DateTimeFormatter.ISO_LOCAL_DATE));
        }
        front.annotate(annotation);
        ner.annotate(annotation);
        if (ownParse != null) {
            ownParse.annotate(annotation.get(CoreAnnotations.SentencesAnnotation.class));
        } else {
            sharedParse.annotate(annotation);
        }
        return annotation;
    }

    /**
     * Pipeline options with named defaults.
     *
     * <p>Design decision: named entities come from the 3-class CRF alone (PERSON, ORGANIZATION,
     * LOCATION), not CoreNLP's default stack of three CRFs, whose 4-class and 7-class models add
     * MISC and the MUC classes (MONEY, PERCENT, DATE, TIME) that the coder never reads from them
     * (its dates come from the time source). It loads two models fewer and gives the same events
     * on the bundled samples and on 400 evaluation sentences (docs/BENCHMARKS.md).
     *
     * <p>Design decision: a line break always ends a sentence, because news dumps put headlines,
     * bylines, date lines and captions on lines of their own without final punctuation; text
     * hard-wrapped at a fixed width is unwrapped first (see {@link LineBreaks}).
     */
    public static final class Builder {
        private TimeSource times = TimeSource.PARLEY;
        private boolean timeGate = true;
        private boolean sutimeWindows = false;
        private boolean ownParser = true;
        private boolean ownNetwork = true;

        private Builder() {
        }

        /**
         * Where time expressions and number tags come from (default {@link TimeSource#PARLEY}).
         * {@link #timeGate} and {@link #sutimeWindows} apply to {@link TimeSource#SUTIME} only.
         */
        public Builder times(TimeSource source) {
            this.times = Objects.requireNonNull(source, "source");
            return this;
        }

        /**
         * Whether SUTime and the numeric classifiers run only on sentences that may hold a time or
         * a number (default {@code true}); {@code false} runs them on every sentence, as CoreNLP's
         * {@code ner} does by itself. The output is the same either way (the switch exists to
         * check that).
         */
        public Builder timeGate(boolean on) {
            this.timeGate = on;
            return this;
        }

        /**
         * Whether SUTime and the numeric classifiers, in a sentence that needs them, see only the
         * stretches around its time and number words (see {@link SutimeWindows} and
         * {@link TimeWindows}); {@code false} (the default) gives them the whole sentence.
         * Off by default: on fresh annotators the output is the same either way
         * ({@code SutimeWindowsIT}), but in a long-lived process a windowed annotator has been
         * seen to resolve a weekday differently after earlier documents (docs/BENCHMARKS.md),
         * and the saving is about 5 % of CoreNLP's time.
         */
        public Builder sutimeWindows(boolean on) {
            this.sutimeWindows = on;
            return this;
        }

        /**
         * Whether the annotator parses with a dependency parser of its own that builds only the
         * enhanced++ graph (default {@code true}, see {@link EnhancedParse}); {@code false} runs
         * CoreNLP's {@code depparse}, shared by all instances, which builds all five graphs. The
         * converted output is the same either way: the switch exists to check exactly that.
         */
        public Builder ownParser(boolean on) {
            this.ownParser = on;
            return this;
        }

        /**
         * Whether Parley's own parse (see {@link #ownParser}) runs the parser's network with
         * Parley's own greedy transition loop and forward pass (default {@code true}, see
         * {@link GreedyParser}); {@code false} calls CoreNLP's {@code DependencyParser.predict}.
         * The arcs are the same either way: the switch exists to check exactly that. Ignored
         * when {@code ownParser} is off.
         */
        public Builder ownNetwork(boolean on) {
            this.ownNetwork = on;
            return this;
        }

        public CoreNlpAnnotator build() {
            Properties p = new Properties();
            p.setProperty("tokenize.language", "en");
            p.setProperty("ssplit.newlineIsSentenceBreak", "always");
            p.setProperty("ner.model", THREE_CLASS_NER);
            p.setProperty("ner.applyFineGrained", "false");
            p.setProperty("ner.buildEntityMentions", "true");
            return new CoreNlpAnnotator(p, times, timeGate, sutimeWindows, ownParser, ownNetwork);
        }
    }
}
