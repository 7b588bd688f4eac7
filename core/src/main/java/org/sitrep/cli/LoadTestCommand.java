// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.cli;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.sitrep.serve.LoadTest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "loadtest", mixinStandardHelpOptions = true,
        description = "Bounded load test of a running server's read endpoints (loopback addresses only).")
final class LoadTestCommand implements Callable<Integer> {
    @Option(names = "--url", defaultValue = "http://127.0.0.1:8080", description = "server (default: ${DEFAULT-VALUE})")
    URI url;

    @Option(names = "--clients", defaultValue = "50", description = "concurrent users (default: ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--seconds", defaultValue = "30", description = "duration (default: ${DEFAULT-VALUE})")
    int seconds;

    @Override
    public Integer call() throws Exception {
        LoadTest.Report r = LoadTest.run(url, clients, Duration.ofSeconds(seconds));
        System.out.println("sitrep loadtest " + url + ", " + clients + " clients, " + seconds + " s: " + r.summary());
        return r.errors() == 0 ? 0 : 1;
    }
}
