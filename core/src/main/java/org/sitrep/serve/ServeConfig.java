// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.serve;

/**
 * How {@link SitrepServer} listens.
 *
 * @param host            address to bind; null means {@value #DEFAULT_HOST} (loopback only)
 * @param port            port to bind; 0 picks a free one
 * @param writeToken      bearer token that {@code POST /api/articles} requires; null or blank refuses all writes
 * @param maxRequestBytes largest request body accepted; 0 or less means {@value #DEFAULT_MAX_REQUEST_BYTES}
 */
public record ServeConfig(String host, int port, String writeToken, long maxRequestBytes) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_REQUEST_BYTES = 2L * 1024 * 1024;

    public ServeConfig {
        host = host == null || host.isBlank() ? DEFAULT_HOST : host.strip();
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        writeToken = writeToken == null || writeToken.isBlank() ? null : writeToken;
        maxRequestBytes = maxRequestBytes <= 0 ? DEFAULT_MAX_REQUEST_BYTES : maxRequestBytes;
    }

    /** 127.0.0.1:8080, writes refused, 2 MB bodies. */
    public static ServeConfig defaults() {
        return new ServeConfig(DEFAULT_HOST, DEFAULT_PORT, null, DEFAULT_MAX_REQUEST_BYTES);
    }

    public ServeConfig withHost(String h) {
        return new ServeConfig(h, port, writeToken, maxRequestBytes);
    }

    public ServeConfig withPort(int p) {
        return new ServeConfig(host, p, writeToken, maxRequestBytes);
    }

    public ServeConfig withWriteToken(String t) {
        return new ServeConfig(host, port, t, maxRequestBytes);
    }

    public ServeConfig withMaxRequestBytes(long n) {
        return new ServeConfig(host, port, writeToken, n);
    }

    /** Whether writes are possible at all. */
    public boolean writesEnabled() {
        return writeToken != null;
    }

    @Override
    public String toString() {
        // never print the token
        return "ServeConfig[host=" + host + ", port=" + port + ", writes=" + (writesEnabled() ? "enabled" : "disabled")
                + ", maxRequestBytes=" + maxRequestBytes + "]";
    }
}
