package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store's automatic server, which lets serve, ingest and watch share one store, listens on loopback
 * only: another address of this machine is refused. Skipped on a machine with no other address.
 */
class StoreLoopbackTest {
    @TempDir
    Path dir;

    private static InetAddress otherAddress() throws Exception {
        for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (ni.isUp() && !ni.isLoopback()) {
                for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                    if (a instanceof Inet4Address) {
                        return a;
                    }
                }
            }
        }
        return null;
    }

    @Test
    void theSharedStoresServerListensOnLoopbackOnly() throws Exception {
        InetAddress other = otherAddress();
        assumeTrue(other != null, "this machine has no address but loopback");
        try (JdbcEventStore store = JdbcEventStore.openH2(dir)) {
            Properties lock = new Properties();
            try (InputStream in = Files.newInputStream(dir.resolve("sitrep.lock.db"))) {
                lock.load(in);
            }
            String server = lock.getProperty("server");
            assertThat(server).as("the lock file names the automatic server").isNotNull();
            int port = Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));
            try (Socket local = new Socket(InetAddress.getLoopbackAddress(), port)) {
                assertThat(local.isConnected()).isTrue();
            }
            assertThatThrownBy(() -> new Socket(other, port).close()).isInstanceOf(ConnectException.class);
            assertThat(store.articleCount()).isZero();
        }
    }
}
