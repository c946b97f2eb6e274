package org.trawl.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.trawl.index.Schema;
import org.trawl.index.Searchers;
import org.trawl.store.IndexMissingException;

/**
 * The embedded Lucene index opened for reading: the last commit in its folder, read through
 * {@link LuceneReads} without write methods; it never blocks a writer. Open it through {@link Stores}.
 */
public final class LuceneReader implements LuceneReads {

    private final Path indexDir;
    private final Searchers searchers;
    private final Closeable resources;

    /** Reads through these searchers; {@code resources} are what {@link #close()} closes. */
    LuceneReader(Path indexDir, Searchers searchers, Closeable resources) {
        this.indexDir = indexDir;
        this.searchers = searchers;
        this.resources = resources;
    }

    /** Opens the last commit of the index in {@code indexDir}. */
    static LuceneReader open(Path indexDir) {
        Path luceneDir = indexDir.resolve(Schema.LUCENE_DIR);
        if (!Files.isDirectory(luceneDir)) {
            throw new IndexMissingException(indexDir);
        }
        try {
            Directory dir = FSDirectory.open(luceneDir);
            try {
                Searchers searchers = Searchers.of(dir);
                return new LuceneReader(indexDir, searchers, () -> {
                    try {
                        searchers.close();
                    } finally {
                        dir.close();
                    }
                });
            } catch (IndexNotFoundException e) {
                dir.close();
                throw new IndexMissingException(indexDir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open index " + indexDir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Searchers searchers() {
        return searchers;
    }

    @Override
    public Path indexDir() {
        return indexDir;
    }

    @Override
    public void close() throws IOException {
        resources.close();
    }
}
