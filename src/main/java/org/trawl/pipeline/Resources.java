package org.trawl.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.trawl.nlp.ModelFiles;
import org.trawl.nlp.namefind.NameRecognizer;
import org.trawl.nlp.namefind.StatisticalRecognizer;
import org.trawl.relate.RelationExtractor;
import org.trawl.resolve.DocumentResolver;
import org.trawl.resolve.KnownEntities;

/**
 * The shared, read-only things the pipeline needs (trained models, gazetteers), loaded once, and the
 * factories that build each thread's tools on them.
 */
public final class Resources {

    public static final String NAME_MODEL = "trawl-ner-en.bin";

    private final ModelFiles files;
    private final TokenNameFinderModel nameModel;
    private final KnownEntities known;

    private Resources(ModelFiles files, TokenNameFinderModel nameModel, KnownEntities known) {
        this.files = files;
        this.nameModel = nameModel;
        this.known = known;
    }

    public static Resources load(ModelFiles files) {
        try (InputStream in = files.open(NAME_MODEL)) {
            return new Resources(files, new TokenNameFinderModel(in), KnownEntities.none());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the name model " + NAME_MODEL + " from " + files
                    + ": " + e.getMessage(), e);
        }
    }

    public ModelFiles files() {
        return files;
    }

    public NameRecognizer newRecognizer() {
        return new StatisticalRecognizer(nameModel);
    }

    public DocumentResolver newResolver() {
        return new DocumentResolver(known);
    }

    public RelationExtractor newRelationExtractor() {
        return new RelationExtractor();
    }
}
