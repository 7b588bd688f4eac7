// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.cli;

import java.net.BindException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sitrep.serve.AccessLog;
import org.sitrep.serve.PipelineIngestor;
import org.sitrep.serve.ServeConfig;
import org.sitrep.serve.SitrepServer;
import org.sitrep.store.JdbcEventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the event store over HTTP: the web UI at /, the API at /api (described at "
                + "/api/openapi.json). Writes need the bearer token in the SITREP_TOKEN environment variable.",
        footer = {"%nExamples:", "  sitrep ingest examples/articles && sitrep serve",
                "      then open http://127.0.0.1:8080/",
                "  SITREP_TOKEN=$(openssl rand -hex 16) sitrep serve --port 9000 \\",
                "      --db /srv/sitrep-data",
                "%nOne access-log line per request (method, path, status, time) and one line per",
                "ingest job step go to stderr; --quiet turns them off.",
                "%nLimits: request bodies up to 2 MB; at most --max-queued-jobs ingest jobs wait",
                "(then 503); lists up to 1000 events per page; exports and reports up to",
                "100 000 events.", HelpText.STORE})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--host", defaultValue = ServeConfig.DEFAULT_HOST, description = "address to bind (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "port, 1-65535 (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--max-queued-jobs", defaultValue = "" + ServeConfig.DEFAULT_MAX_QUEUED_JOBS,
            description = "ingest jobs that may wait behind the running one; POST /api/articles answers 503 beyond "
                    + "(default: ${DEFAULT-VALUE})")
    int maxQueuedJobs;

    @Option(names = {"-q", "--quiet"}, description = "no access log or job lines on stderr")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 1 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 1 and 65535, not " + port);
        }
        if (maxQueuedJobs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-queued-jobs must be at least 1, not "
                    + maxQueuedJobs);
        }
        String token = System.getenv("SITREP_TOKEN");
        ServeConfig cfg = ServeConfig.defaults().withHost(host).withPort(port).withWriteToken(token)
                .withMaxQueuedJobs(maxQueuedJobs);
        JdbcEventStore db = store.open();
        SitrepServer server;
        try {
            server = SitrepServer.start(cfg, db, new PipelineIngestor(db), quiet ? AccessLog.NONE : AccessLog.STDERR);
        } catch (RuntimeException e) {
            db.close();
            if (causedBy(e, BindException.class)) {
                spec.commandLine().getErr().printf("sitrep serve: cannot listen on %s:%d: the port is in use or not "
                        + "allowed; choose another with --port%n", host, port);
                spec.commandLine().getErr().flush();
                return 1;
            }
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            db.close();
            stopped.countDown();
        }));
        System.out.printf("sitrep: serving %s (%d events) on http://%s:%d/%n", store.describe(), db.eventCount(),
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

    static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
