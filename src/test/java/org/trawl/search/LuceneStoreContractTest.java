package org.trawl.search;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.trawl.store.StoreContractTest;
import org.trawl.store.StoreCorrector;
import org.trawl.store.StoreLocation;
import org.trawl.store.StoreReader;
import org.trawl.store.StoreWriter;

/** The store contract on the embedded Lucene index, each store opened through the factory as the commands open it. */
class LuceneStoreContractTest extends StoreContractTest {

    @TempDir
    Path dir;

    private StoreLocation location() {
        return StoreLocation.folder(dir.resolve("index"));
    }

    @Override
    public StoreWriter openWriter() {
        return Stores.openWriter(location());
    }

    @Override
    public StoreReader openReader() {
        return Stores.openReader(location());
    }

    @Override
    public StoreCorrector openCorrector() {
        return Stores.openCorrector(location());
    }
}
