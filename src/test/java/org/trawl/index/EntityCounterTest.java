package org.trawl.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** One walk over the postings counts what the two count queries per entity count, deletions included. */
class EntityCounterTest {

    private static final List<String> KINDS = List.of(Schema.KIND_DOC, Schema.KIND_MENTION, Schema.KIND_RELATION,
            Schema.KIND_ENTITY);

    @Test
    void countsAsQueriesDo() throws IOException {
        Random random = new Random(5);
        EntityCounter counter = new EntityCounter();
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
            for (int round = 0; round < 4; round++) {
                for (int i = 0; i < 500; i++) {
                    Document d = new Document();
                    d.add(new StringField("id", round + "-" + i, Field.Store.NO));
                    d.add(new StringField(Schema.KIND, KINDS.get(random.nextInt(KINDS.size())), Field.Store.NO));
                    for (int e = random.nextInt(3); e >= 0; e--) {
                        d.add(new StringField(Schema.ENTITY, "e" + random.nextInt(40), Field.Store.NO));
                    }
                    w.addDocument(d);
                }
                w.commit(); // a segment per round
                for (int i = 0; i < 60; i++) {
                    w.deleteDocuments(new Term("id", random.nextInt(round + 1) + "-" + random.nextInt(500)));
                }
                try (DirectoryReader reader = DirectoryReader.open(w)) {
                    List<String> ids = List.of("e0", "e7", "e13", "e39", "never-seen");
                    Map<String, EntityCounter.Counts> counts = counter.count(reader, ids);
                    IndexSearcher searcher = new IndexSearcher(reader);
                    for (String id : ids) {
                        assertEquals(query(searcher, Schema.KIND_MENTION, id), counts.get(id).mentions(), id);
                        assertEquals(query(searcher, Schema.KIND_DOC, id), counts.get(id).articles(), id);
                    }
                }
            }
        }
    }

    private static int query(IndexSearcher searcher, String kind, String entity) throws IOException {
        return searcher.count(Matches.all(Matches.kind(kind), Matches.term(Schema.ENTITY, entity)));
    }
}
