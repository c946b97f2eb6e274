package org.trawl.pipeline;

import java.util.List;
import org.trawl.model.AnalyzedText;
import org.trawl.model.EntityMention;
import org.trawl.model.Extraction;
import org.trawl.model.Mention;
import org.trawl.model.Relation;
import org.trawl.model.SourceDocument;
import org.trawl.nlp.LanguageIdentifier;
import org.trawl.nlp.PartOfSpeechTagger;
import org.trawl.nlp.TextAnalyzer;
import org.trawl.nlp.namefind.NameRecognizer;
import org.trawl.resolve.DocumentResolver;
import org.trawl.relate.PreparedRelations;
import org.trawl.relate.RelationExtractor;

/**
 * The extraction chain for one article: sentences and tokens, names, entity resolution, relations.
 * Thread-safe: each thread gets its own tools (OpenNLP's are not thread-safe), built on shared models.
 * Recognition is only run on English text (or text whose language is undetermined); other articles are
 * stored and searchable without names.
 */
public final class Pipeline {

    private final Resources resources;
    private final StageTimes times;
    private final ThreadLocal<Worker> workers;

    public Pipeline(Resources resources, StageTimes times) {
        this.resources = resources;
        this.times = times;
        this.workers = ThreadLocal.withInitial(Worker::new);
    }

    public StageTimes times() {
        return times;
    }

    public Resources resources() {
        return resources;
    }

    public Extraction extract(SourceDocument doc) {
        return workers.get().extract(doc);
    }

    /**
     * An article's names, resolved, and its candidate relation pairs, undecided: what training and
     * cross-validation of the relation model work on.
     */
    public record Prepared(AnalyzedText text, List<EntityMention> mentions, PreparedRelations relations) {
    }

    /** Sentences, names and resolution as {@link #extract}, then the relation candidates without deciding. */
    public Prepared prepare(SourceDocument doc) {
        return workers.get().prepare(doc);
    }

    /** Sentences and tokens only (for tools that need the analysed text). */
    public AnalyzedText analyze(String text) {
        return workers.get().analyzer.analyze(text);
    }

    /** Names only, unresolved (for evaluation and benchmarks). */
    public List<Mention> recognize(AnalyzedText text) {
        Worker w = workers.get();
        w.tagger.forgetDocument();
        return w.recognizer.recognize(text);
    }

    public String identifyLanguage(String text) {
        return workers.get().languages().identify(text);
    }

    static boolean recognisable(String language) {
        return language == null || language.equals("eng") || language.equals(LanguageIdentifier.UNDETERMINED);
    }

    private final class Worker {
        final TextAnalyzer analyzer = new TextAnalyzer();
        final PartOfSpeechTagger tagger = new PartOfSpeechTagger();
        final NameRecognizer recognizer = resources.newRecognizer(tagger);
        final DocumentResolver resolver = resources.newResolver();
        final RelationExtractor relations = resources.newRelationExtractor(tagger);
        private LanguageIdentifier languages;

        /** Made on first use: recognition alone (evaluation, benchmarks) never needs the language model. */
        LanguageIdentifier languages() {
            if (languages == null) {
                languages = new LanguageIdentifier();
            }
            return languages;
        }

        Extraction extract(SourceDocument doc) {
            Prepared p = prepare(doc);
            if (p.mentions().isEmpty()) {
                return new Extraction(doc, p.mentions(), List.of());
            }
            List<Relation> rels = time(StageTimes.Stage.RELATIONS, () -> relations.decide(p.relations()));
            return new Extraction(doc, p.mentions(), rels);
        }

        /** The stages before the relation decisions, each timed; no names in text that is not English. */
        Prepared prepare(SourceDocument doc) {
            tagger.forgetDocument();
            AnalyzedText text = time(StageTimes.Stage.SENTENCES, () -> analyzer.analyze(doc.text()));
            times.addTokens(text.tokenCount());
            if (!recognisable(doc.language())) {
                return new Prepared(text, List.of(), relations.prepare(text, List.of()));
            }
            List<Mention> mentions = time(StageTimes.Stage.NAMES, () -> recognizer.recognize(text));
            List<EntityMention> linked = time(StageTimes.Stage.RESOLVE, () -> resolver.resolve(doc.text(), mentions));
            return new Prepared(text, linked, time(StageTimes.Stage.RELATIONS, () -> relations.prepare(text, linked)));
        }

        private <T> T time(StageTimes.Stage stage, StageTimes.ThrowingSupplier<T, RuntimeException> work) {
            return times.time(stage, work);
        }
    }
}
