package org.trawl.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.trawl.nlp.ModelFiles;
import org.trawl.nlp.PartOfSpeechTagger;
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
    private final Gazetteer gazetteer;
    private final NameLexicon lexicon;

    private Resources(ModelFiles files, TokenNameFinderModel nameModel, Gazetteer gazetteer, NameLexicon lexicon) {
        this.files = files;
        this.nameModel = nameModel;
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    public static Resources load(ModelFiles files) {
        TokenNameFinderModel model;
        try (InputStream in = files.open(NAME_MODEL)) {
            model = new TokenNameFinderModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the name model " + NAME_MODEL + " from " + files
                    + ": " + e.getMessage(), e);
        }
        return new Resources(files, model, Gazetteer.load(files), NameLexicon.bundled());
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public ModelFiles files() {
        return files;
    }

    /** @param tagger the calling thread's tagger */
    public NameRecognizer newRecognizer(PartOfSpeechTagger tagger) {
        return new CompositeRecognizer(new StatisticalRecognizer(nameModel), gazetteer, lexicon, tagger);
    }

    public DocumentResolver newResolver() {
        return new DocumentResolver(gazetteer);
    }

    /** @param tagger the calling thread's tagger */
    public RelationExtractor newRelationExtractor(PartOfSpeechTagger tagger) {
        return new RelationExtractor(tagger);
    }
}
