// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sitrep.serve.PipelineIngestor;
import org.sitrep.serve.ServeConfig;
import org.sitrep.serve.SitrepServer;
import org.sitrep.store.JdbcEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the event store over HTTP (API at /api, description at /api/openapi.json). "
                + "Writes need the bearer token in the SITREP_TOKEN environment variable.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "DIR", defaultValue = "sitrep-data", description = "store folder (default: ${DEFAULT-VALUE})")
    Path db;

    @Option(names = "--host", defaultValue = ServeConfig.DEFAULT_HOST, description = "address to bind (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "port (default: ${DEFAULT-VALUE})")
    int port;

    @Override
    public Integer call() throws InterruptedException {
        String token = System.getenv("SITREP_TOKEN");
        ServeConfig cfg = ServeConfig.defaults().withHost(host).withPort(port).withWriteToken(token);
        JdbcEventStore store = JdbcEventStore.openH2(db);
        SitrepServer server = SitrepServer.start(cfg, store, new PipelineIngestor(store));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            store.close();
            stopped.countDown();
        }));
        System.out.printf("sitrep: serving %s (%d events) on http://%s:%d/%n", db.toAbsolutePath(), store.eventCount(),
                host.contains(":") ? "[" + host + "]" : host, server.port());
        if (!cfg.writesEnabled()) {
            System.out.println("writes are disabled: set SITREP_TOKEN to accept POST /api/articles");
        }
        if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1")) {
            System.out.println("warning: listening on " + host + ", not only on this machine; there is no TLS");
        }
        stopped.await();
        return 0;
    }
}
