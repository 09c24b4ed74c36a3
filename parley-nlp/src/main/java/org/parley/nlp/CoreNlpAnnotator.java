package org.parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.annotate.Annotator;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Document;
import org.parley.model.Sentence;

/**
 * The annotate stage on Stanford CoreNLP: tokens, sentences, parts of speech, lemmas, coarse named
 * entities, SUTime time expressions and the enhanced++ dependency graph, converted at once into
 * Parley's own types so that nothing downstream sees CoreNLP.
 *
 * <p>Only the annotators the coder uses are run ({@code tokenize, ssplit, pos, lemma, ner,
 * depparse}), and named entities come from one CRF model (see {@link Builder}). Design decision:
 * fine-grained NER is off, because it roughly halves throughput and
 * costs about 460 MB of heap for distinctions (nationality, title, city versus country) that the
 * actor dictionaries make anyway.
 *
 * <p>Design decision: SUTime and CoreNLP's numeric classifiers, which cost more than the CRF and
 * the rest of named-entity recognition together, run only on the sentences that {@link TimeGate}
 * admits (a digit, a number, a calendar or time word); the other sentences get the CRF alone. A
 * sentence without any of these gives SUTime nothing to find, so the output is the same as with
 * SUTime on every sentence (checked by {@code CoreNlpAnnotatorIT} and docs/BENCHMARKS.md). On
 * request ({@link Builder#sutimeWindows}) they see only the windows around an admitted sentence's
 * time and number words ({@link SutimeWindows}).
 *
 * <p>The document's publication date is handed to SUTime as the document date, so that "last
 * month" in a text published on 2017-08-10 comes out as {@code 2017-07}; without a date, relative
 * expressions keep SUTime's unanchored values.
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
    /** Named entities with SUTime and the numeric classifiers: for sentences {@link TimeGate} admits. */
    private final StanfordCoreNLP timedNer;
    /** Named entities from the CRF alone: for the other sentences. */
    private final StanfordCoreNLP plainNer;
    /** The dependency parse: this instance's own parser, or null when CoreNLP's {@code depparse} runs. */
    private final EnhancedParse ownParse;
    /** CoreNLP's {@code depparse}, when {@link Builder#ownParser} is off; otherwise null. */
    private final StanfordCoreNLP sharedParse;
    private final boolean gated;

    private CoreNlpAnnotator(Properties common, boolean gated, boolean windows, boolean ownParser,
                             boolean ownNetwork) {
        this.front = stage(common, "tokenize,ssplit,pos,lemma");
        Properties timed = new Properties();
        timed.putAll(common);
        timed.setProperty("ner.useSUTime", "true");
        timed.setProperty("ner.applyNumericClassifiers", "true");
        if (windows) {
            // A property of its own keeps CoreNLP's annotator cache from handing this ner
            // annotator, once windowed, to pipelines built without windows.
            timed.setProperty("ner.parley.sutimeWindows", "true");
        }
        this.timedNer = stage(timed, "ner");
        if (windows) {
            SutimeWindows.install(timedNer);
        }
        Properties plain = new Properties();
        plain.putAll(common);
        plain.setProperty("ner.useSUTime", "false");
        plain.setProperty("ner.applyNumericClassifiers", "false");
        this.plainNer = stage(plain, "ner");
        this.ownParse = ownParser ? new EnhancedParse(ownNetwork) : null;
        this.sharedParse = ownParser ? null : stage(common, "depparse");
        this.gated = gated;
    }

    private static StanfordCoreNLP stage(Properties common, String annotators) {
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
            out.add(SentenceConverter.convert(out.size(), sentence, document.text()));
        }
        return new AnnotatedDocument(document, out);
    }

    /**
     * Runs the CoreNLP pipeline alone on a document, with the same input and options as
     * {@link #annotate} but without converting its output: the baseline that benchmarks measure
     * Parley against.
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
        List<StanfordCoreNLP> stages = sharedParse == null
                ? List.of(front, timedNer, plainNer) : List.of(front, timedNer, plainNer, sharedParse);
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
        return SutimeWindows.installedIn(timedNer);
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
        List<CoreMap> timed = new ArrayList<>();
        List<CoreMap> plain = new ArrayList<>();
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            boolean admitted = !gated || TimeGate.admits(sentence.get(CoreAnnotations.TokensAnnotation.class));
            (admitted ? timed : plain).add(sentence);
        }
        recognise(timedNer, annotation, timed);
        recognise(plainNer, annotation, plain);
        if (ownParse != null) {
            ownParse.annotate(annotation.get(CoreAnnotations.SentencesAnnotation.class));
        } else {
            sharedParse.annotate(annotation);
        }
        return annotation;
    }

    /**
     * Runs a named-entity stage on some sentences of a document only. The sentence objects are
     * shared with the document, so the tags and mentions land on them; CoreNLP's NER works one
     * sentence at a time and reads nothing of the document beyond its text and date.
     */
    private static void recognise(StanfordCoreNLP ner, Annotation document, List<CoreMap> sentences) {
        if (sentences.isEmpty()) {
            return;
        }
        Annotation part = new Annotation(document.get(CoreAnnotations.TextAnnotation.class));
        List<CoreLabel> tokens = new ArrayList<>();
        for (CoreMap sentence : sentences) {
            tokens.addAll(sentence.get(CoreAnnotations.TokensAnnotation.class));
        }
        part.set(CoreAnnotations.TokensAnnotation.class, tokens);
        part.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        String date = document.get(CoreAnnotations.DocDateAnnotation.class);
        if (date != null) {
            part.set(CoreAnnotations.DocDateAnnotation.class, date);
        }
        ner.annotate(part);
    }

    /**
     * Pipeline options with named defaults.
     *
     * <p>Design decision: named entities come from the 3-class CRF alone (PERSON, ORGANIZATION,
     * LOCATION), not CoreNLP's default stack of three CRFs, whose 4-class and 7-class models add
     * MISC and the MUC classes (MONEY, PERCENT, DATE, TIME) that the coder never reads from them
     * (its dates come from SUTime). It loads two models fewer and gives the
     * same events on the bundled samples and on 400 evaluation sentences (docs/BENCHMARKS.md).
     *
     * <p>Design decision: a line break always ends a sentence, because news dumps put headlines,
     * bylines, date lines and captions on lines of their own without final punctuation; text
     * hard-wrapped at a fixed width is unwrapped first (see {@link LineBreaks}).
     */
    public static final class Builder {
        private boolean timeGate = true;
        private boolean sutimeWindows = false;
        private boolean ownParser = true;
        private boolean ownNetwork = true;

        private Builder() {
        }

        /**
         * Whether SUTime and the numeric classifiers run only on sentences that may hold a time or
         * a number (default {@code true}); {@code false} runs them on every sentence, as CoreNLP's
         * {@code ner} does by itself. The output is the same either way: the switch exists to
         * check exactly that.
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
            return new CoreNlpAnnotator(p, timeGate, sutimeWindows, ownParser, ownNetwork);
        }
    }
}
