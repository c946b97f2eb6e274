package org.trawl.index;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trawl.bench.ArticleGenerator;
import org.trawl.bench.SyntheticIndex;
import org.trawl.graph.EgoViewBuilder;
import org.trawl.graph.NetworkSpec;
import org.trawl.nlp.ModelFiles;
import org.trawl.search.LuceneStore;
import org.trawl.store.IndexChecks;
import org.trawl.store.StoreReader;

/**
 * An index written before edge summaries were kept: read as it is, its network views are gathered from
 * the relations; the first writer to open it summarises every edge, once, and from then on it keeps them.
 */
class EdgeSummaryMigrationTest {

    @TempDir
    Path tmp;

    @Test
    void anIndexWithoutSummariesIsReadFromItsRelationsAndSummarisedByItsNextWriter() throws Exception {
        Path index = tmp.resolve("index");
        SyntheticIndex.write(ArticleGenerator.fromGazetteers(ModelFiles.bundled()), index, 40, 11);
        withoutSummaries(index);

        String seed;
        try (StoreReader old = LuceneStore.openForReading(index)) {
            assertFalse(old.keepsEdgeSummaries(), "an index without the mark keeps no summaries");
            assertThrows(UnsupportedOperationException.class,
                    () -> old.forEachEdge(Set.of(), Set.of("x"), false, 0, e -> { }));
            seed = old.entities(null, 1).get(0).id();
            EgoViewBuilder.EgoView view = new EgoViewBuilder(old).build(spec(seed), 20);
            assertTrue(view.network().edges().size() > 5, "the view is gathered from the relations");
        }

        try (LuceneStore writer = LuceneStore.openForWriting(index)) {
            assertTrue(writer.keepsEdgeSummaries());
        }
        try (StoreReader summarised = LuceneStore.openForReading(index)) {
            assertTrue(summarised.keepsEdgeSummaries(), "the writer marked the index once it had summarised it");
            Set<String> entities = new HashSet<>();
            summarised.entities(null, 0).forEach(e -> entities.add(e.id()));
            IndexChecks.assertEdgeSummariesMatchRelations(summarised, entities);
            assertTrue(new EgoViewBuilder(summarised).build(spec(seed), 20).network().edges().size() > 5);
        }
    }

    /** Takes the summaries and the mark out, as an index written before summaries were kept has neither. */
    private static void withoutSummaries(Path index) throws Exception {
        try (Directory dir = FSDirectory.open(index.resolve(Schema.LUCENE_DIR));
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Schema.indexAnalyzer()))) {
            w.deleteDocuments(new Term(Schema.KIND, Schema.KIND_EDGE));
            w.setLiveCommitData(Map.<String, String>of().entrySet());
            w.commit();
        }
    }

    private static NetworkSpec spec(String seed) {
        return NetworkSpec.selected(List.of(seed), 1, List.of(), List.of(), 1, null, null, null,
                NetworkSpec.Projection.NONE, 1);
    }
}
