package org.trawl.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.trawl.nlp.ModelFiles;
import org.trawl.nlp.NlpModels;
import org.trawl.nlp.PartOfSpeechTagger;
import org.trawl.nlp.namefind.CompiledNameModel;
import org.trawl.nlp.namefind.CompositeRecognizer;
import org.trawl.nlp.namefind.Gazetteer;
import org.trawl.nlp.namefind.NameLexicon;
import org.trawl.nlp.namefind.NameRecognizer;
import org.trawl.nlp.namefind.PlaceLocator;
import org.trawl.nlp.namefind.StatisticalRecognizer;
import org.trawl.relate.RelationExtractor;
import org.trawl.relate.RelationModel;
import org.trawl.resolve.DocumentResolver;

/**
 * The shared, read-only things the pipeline needs (trained models, gazetteers), loaded once, and the
 * factories that build each thread's tools on them.
 */
public final class Resources {

    public static final String NAME_MODEL = "trawl-ner-en.bin";
    /** The small in-domain name model, used beside the general one when the models folder has it. */
    public static final String IN_DOMAIN_MODEL = "trawl-ner-indomain-en.bin";

    /**
     * A name model with its compiled form when it has one ({@link CompiledNameModel}): what each thread's
     * finder is made from.
     */
    private record NameModel(TokenNameFinderModel model, Optional<CompiledNameModel> compiled) {

        /** The model, compiled when it can be; null for none. */
        static NameModel of(TokenNameFinderModel model) {
            return model == null ? null : new NameModel(model, CompiledNameModel.compile(model));
        }

        /** A finder for one thread: the compiled one, else OpenNLP's decoder. */
        TokenNameFinder newFinder() {
            return compiled.map(CompiledNameModel::newFinder).orElseGet(() -> new NameFinderME(model));
        }
    }

    private final ModelFiles files;
    private final NameModel names;
    private final Gazetteer gazetteer;
    private final NameLexicon lexicon;
    private final RelationModel relationModel;
    private final NameModel inDomain;
    private final PlaceLocator places;

    private Resources(ModelFiles files, NameModel names, Gazetteer gazetteer, NameLexicon lexicon,
                      RelationModel relationModel, NameModel inDomain) {
        this.files = files;
        this.names = names;
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.relationModel = relationModel;
        this.inDomain = inDomain;
        this.places = new PlaceLocator(gazetteer);
    }

    /**
     * Loads the name and relation models and the gazetteers, side by side on two threads (the name model
     * and the gazetteers take most of the time).
     *
     * @throws UncheckedIOException naming the file when a model is missing or unreadable
     */
    public static Resources load(ModelFiles files) {
        return load(files, true);
    }

    /**
     * Loads what finding and resolving names needs, without the relation model: for training one, where
     * {@link #newRelationExtractor} only prepares candidates.
     */
    public static Resources loadForTraining(ModelFiles files) {
        return load(files, false);
    }

    private static Resources load(ModelFiles files, boolean relations) {
        RelationModel relationModel = relations ? RelationModel.load(files) : null;
        CompletableFuture<Gazetteer> gazetteer = new CompletableFuture<>();
        // its own thread, not the common pool, whose workers the gazetteer uses to read the place list
        Thread.ofPlatform().daemon().name("trawl-load-gazetteers").start(() -> {
            try {
                gazetteer.complete(Gazetteer.load(files));
            } catch (RuntimeException | Error e) {
                gazetteer.completeExceptionally(e);
            }
        });
        TokenNameFinderModel model;
        TokenNameFinderModel inDomain;
        try {
            model = nameModel(files, NAME_MODEL);
            inDomain = files.exists(IN_DOMAIN_MODEL) ? nameModel(files, IN_DOMAIN_MODEL) : null;
        } catch (UncheckedIOException e) {
            gazetteer.cancel(false);
            throw e;
        }
        NameModel names = NameModel.of(model);
        NlpModels.partsOfSpeech(); // the OpenNLP models too, while the gazetteers are still loading
        NlpModels.sentences();
        NlpModels.tokens();
        try {
            return new Resources(files, names, gazetteer.join(), NameLexicon.bundled(), relationModel,
                    NameModel.of(inDomain));
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private static TokenNameFinderModel nameModel(ModelFiles files, String name) {
        try (InputStream in = files.open(name)) {
            return new TokenNameFinderModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the name model " + name + " from " + files
                    + ": " + e.getMessage(), e);
        }
    }

    /** The same resources with another name-finder model (for cross-validating one trained on in-domain data). */
    public Resources withNameModel(TokenNameFinderModel model) {
        return new Resources(files, NameModel.of(model), gazetteer, lexicon, relationModel, inDomain);
    }

    /**
     * The same resources with another in-domain name model (null for none): for cross-validating it, and
     * for scoring what trawl finds without it.
     */
    public Resources withInDomainModel(TokenNameFinderModel model) {
        return new Resources(files, names, gazetteer, lexicon, relationModel, NameModel.of(model));
    }

    /** True when names are found with the {@link CompiledNameModel}, false with OpenNLP's decoder. */
    public boolean compiledNames() {
        return names.compiled().isPresent();
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public ModelFiles files() {
        return files;
    }

    /** @param tagger the calling thread's tagger */
    public NameRecognizer newRecognizer(PartOfSpeechTagger tagger) {
        StatisticalRecognizer inDomainRecognizer = inDomain == null ? null
                : StatisticalRecognizer.inDomain(inDomain.newFinder());
        return new CompositeRecognizer(new StatisticalRecognizer(names.newFinder()), gazetteer, lexicon, tagger,
                inDomainRecognizer);
    }

    public DocumentResolver newResolver() {
        return new DocumentResolver(gazetteer);
    }

    /** @param tagger the calling thread's tagger */
    public RelationExtractor newRelationExtractor(PartOfSpeechTagger tagger) {
        return new RelationExtractor(relationModel, tagger, places);
    }
}
