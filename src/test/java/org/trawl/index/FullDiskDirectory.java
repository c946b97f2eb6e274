package org.trawl.index;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/**
 * A Lucene directory on a disk that fills up: after {@code budget} bytes written through it, every write
 * fails with the operating system's "No space left on device", as on a real full disk (Lucene's
 * MockDirectoryWrapper.setMaxSizeInBytes does the same). Counts the writes attempted once it is full.
 */
public final class FullDiskDirectory extends FilterDirectory {

    private final AtomicLong left;
    private final AtomicInteger refused = new AtomicInteger();

    public FullDiskDirectory(Directory in, long budget) {
        super(in);
        this.left = new AtomicLong(budget);
    }

    /** Writes refused because the disk was full. */
    public int refused() {
        return refused.get();
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
        return new Filling(in.createOutput(name, context));
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
        return new Filling(in.createTempOutput(prefix, suffix, context));
    }

    private final class Filling extends IndexOutput {
        private final IndexOutput out;

        Filling(IndexOutput out) {
            super("full disk(" + out + ")", out.getName());
            this.out = out;
        }

        private void take(long n) throws IOException {
            if (left.addAndGet(-n) < 0) {
                refused.incrementAndGet();
                throw new IOException("No space left on device");
            }
        }

        @Override
        public void writeByte(byte b) throws IOException {
            take(1);
            out.writeByte(b);
        }

        @Override
        public void writeBytes(byte[] b, int offset, int length) throws IOException {
            take(length);
            out.writeBytes(b, offset, length);
        }

        @Override
        public void close() throws IOException {
            out.close();
        }

        @Override
        public long getFilePointer() {
            return out.getFilePointer();
        }

        @Override
        public long getChecksum() throws IOException {
            return out.getChecksum();
        }
    }
}
