package org.trawl.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
import org.trawl.resolve.DocumentResolver;

/**
 * The shared, read-only things the pipeline needs (trained models, gazetteers), loaded once, and the
 * factories that build each thread's tools on them.
 */
public final class Resources {

    public static final String NAME_MODEL = "trawl-ner-en.bin";

    private final ModelFiles files;
    private final TokenNameFinderModel nameModel;
    private final Optional<CompiledNameModel> compiledNames;
    private final Gazetteer gazetteer;
    private final NameLexicon lexicon;

    private Resources(ModelFiles files, TokenNameFinderModel nameModel, Optional<CompiledNameModel> compiledNames,
                      Gazetteer gazetteer, NameLexicon lexicon) {
        this.files = files;
        this.nameModel = nameModel;
        this.compiledNames = compiledNames;
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    /** Loads the name model and the gazetteers, side by side on two threads (the two take most of the time). */
    public static Resources load(ModelFiles files) {
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
        try (InputStream in = files.open(NAME_MODEL)) {
            model = new TokenNameFinderModel(in);
        } catch (IOException e) {
            gazetteer.cancel(false);
            throw new UncheckedIOException("cannot load the name model " + NAME_MODEL + " from " + files
                    + ": " + e.getMessage(), e);
        }
        Optional<CompiledNameModel> compiled = CompiledNameModel.compile(model);
        NlpModels.partsOfSpeech(); // the OpenNLP models too, while the gazetteers are still loading
        NlpModels.sentences();
        NlpModels.tokens();
        try {
            return new Resources(files, model, compiled, gazetteer.join(), NameLexicon.bundled());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
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
        return new CompositeRecognizer(model, gazetteer, lexicon, tagger);
    }

    public DocumentResolver newResolver() {
        return new DocumentResolver(gazetteer);
    }

    /** @param tagger the calling thread's tagger */
    public RelationExtractor newRelationExtractor(PartOfSpeechTagger tagger) {
        return new RelationExtractor(tagger);
    }
}
