package org.trawl.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.trawl.nlp.ModelFiles;
import org.trawl.nlp.NlpModels;
import org.trawl.nlp.PartOfSpeechTagger;
import org.trawl.nlp.namefind.CompiledNameModel;
import org.trawl.nlp.namefind.CompositeRecognizer;
import org.trawl.nlp.namefind.Gazetteer;
import org.trawl.nlp.namefind.NameLexicon;
import org.trawl.nlp.namefind.NameRecognizer;
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

    private final ModelFiles files;
    private final TokenNameFinderModel nameModel;
    private final Optional<CompiledNameModel> compiledNames;
    private final Gazetteer gazetteer;
    private final NameLexicon lexicon;
    private final RelationModel relationModel;
    private final TokenNameFinderModel inDomainModel;
    private final Optional<CompiledNameModel> compiledInDomain;

    private Resources(ModelFiles files, TokenNameFinderModel nameModel, Optional<CompiledNameModel> compiledNames,
                      Gazetteer gazetteer, NameLexicon lexicon, RelationModel relationModel,
                      TokenNameFinderModel inDomainModel) {
        this.files = files;
        this.inDomainModel = inDomainModel;
        this.compiledInDomain = inDomainModel == null ? Optional.empty() : CompiledNameModel.compile(inDomainModel);
        this.relationModel = relationModel;
        this.nameModel = nameModel;
        this.compiledNames = compiledNames;
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
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
        Optional<CompiledNameModel> compiled = CompiledNameModel.compile(model);
        NlpModels.partsOfSpeech(); // the OpenNLP models too, while the gazetteers are still loading
        NlpModels.sentences();
        NlpModels.tokens();
        try {
            return new Resources(files, model, compiled, gazetteer.join(), NameLexicon.bundled(), relationModel,
                    inDomain);
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
        return new Resources(files, model, CompiledNameModel.compile(model), gazetteer, lexicon, relationModel,
                inDomainModel);
    }

    /**
     * The same resources with another in-domain name model (null for none): for cross-validating it, and
     * for scoring what trawl finds without it.
     */
    public Resources withInDomainModel(TokenNameFinderModel model) {
        return new Resources(files, nameModel, compiledNames, gazetteer, lexicon, relationModel, model);
    }

    /** True when names are found with the {@link CompiledNameModel}, false with OpenNLP's decoder. */
    public boolean compiledNames() {
        return compiledNames.isPresent();
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public ModelFiles files() {
        return files;
    }

    /** @param tagger the calling thread's tagger */
    public NameRecognizer newRecognizer(PartOfSpeechTagger tagger) {
        StatisticalRecognizer model = compiledNames
                .map(compiled -> new StatisticalRecognizer(compiled.newFinder()))
                .orElseGet(() -> new StatisticalRecognizer(nameModel));
        StatisticalRecognizer inDomain = inDomainModel == null ? null : StatisticalRecognizer.inDomain(
                compiledInDomain.map(CompiledNameModel::newFinder).orElseGet(() -> new NameFinderME(inDomainModel)));
        return new CompositeRecognizer(model, gazetteer, lexicon, tagger, inDomain);
    }

    public DocumentResolver newResolver() {
        return new DocumentResolver(gazetteer);
    }

    /** @param tagger the calling thread's tagger */
    public RelationExtractor newRelationExtractor(PartOfSpeechTagger tagger) {
        return new RelationExtractor(relationModel, tagger);
    }
}
