package org.trawl.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;

/**
 * The current searchers of one Lucene index, shared by its reads: over the last commit in a folder (a
 * reader), or over a writer's changes (so a writer reads its own commits at once). Every read runs
 * against an acquired searcher that is released afterwards, so a refresh never pulls it away mid-read.
 */
public final class Searchers implements Closeable {

    /** A read that may fail with an I/O error. */
    @FunctionalInterface
    public interface Read<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private final SearcherManager manager;

    private Searchers(SearcherManager manager) {
        this.manager = manager;
    }

    /** Searchers over the last commit in this directory. */
    public static Searchers of(Directory directory) throws IOException {
        return new Searchers(new SearcherManager(directory, null));
    }

    /** Searchers over what this writer has flushed. */
    static Searchers of(IndexWriter writer) throws IOException {
        return new Searchers(new SearcherManager(writer, null));
    }

    /** Runs a read against a current searcher, releasing it afterwards; an I/O error is unchecked. */
    public <T> T with(Read<T> read) {
        try {
            return read(read);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a read (or a write that needs one) against a current searcher, releasing it afterwards. */
    <T> T read(Read<T> read) throws IOException {
        IndexSearcher searcher = manager.acquire();
        try {
            return read.apply(searcher);
        } finally {
            manager.release(searcher);
        }
    }

    /** Makes reads see what was committed since; true when anything changed. Never waits for another refresh. */
    public boolean refresh() {
        try {
            return manager.maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes reads see everything flushed so far, waiting for a refresh under way. */
    void refreshBlocking() throws IOException {
        manager.maybeRefreshBlocking();
    }

    @Override
    public void close() throws IOException {
        manager.close();
    }
}
