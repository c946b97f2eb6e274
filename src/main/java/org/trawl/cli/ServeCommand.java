package org.trawl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.trawl.config.TrawlConfig;
import org.trawl.nlp.ModelFiles;
import org.trawl.nlp.namefind.Gazetteer;
import org.trawl.nlp.namefind.PlaceLocator;
import org.trawl.store.StoreReader;
import org.trawl.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code trawl serve}: the local web workspace over an index. */
@Command(name = "serve")
final class ServeCommand extends TrawlCommand {

    @Option(names = "--port", paramLabel = "PORT", description = "port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE})")
    int port = 8080;

    @Option(names = "--host", paramLabel = "HOST", description = "address to listen on (default: ${DEFAULT-VALUE}: this machine only)")
    String host = "127.0.0.1";

    @Mixin
    IndexOption index;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (port < 0 || port > 65_535) {
            throw usageError("--port must be between 0 and 65535");
        }
        TrawlConfig config = index.config();
        StoreReader store = index.openReader();
        CompletableFuture<PlaceLocator> places = CompletableFuture.supplyAsync(
                () -> new PlaceLocator(Gazetteer.load(new ModelFiles(config.modelsDir()))));
        Supplier<PlaceLocator> locator = places::join;
        WebServer server;
        try {
            server = WebServer.start(host, port, store, locator);
        } catch (BindException e) {
            store.close();
            err().printf(Locale.ROOT, "trawl serve: cannot listen on %s:%d: %s (pick another --port)%n",
                    host, port, e.getMessage());
            return Main.FAILED;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            try {
                store.close();
            } catch (IOException e) {
                // the process is ending; nothing was written
            }
            stopped.countDown();
        }));
        PrintWriter out = out();
        out.printf(Locale.ROOT, "trawl serve: %s (index %s, %,d articles); Ctrl-C stops%n", server.address(),
                index.location(), store.stats(0).documents());
        out.flush();
        stopped.await();
        return 0;
    }
}
