// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.serve;

/**
 * How {@link SitrepServer} listens.
 *
 * @param host            address to bind; null means {@value #DEFAULT_HOST} (loopback only)
 * @param port            port to bind; 0 picks a free one
 * @param writeToken      bearer token that {@code POST /api/articles} requires; null or blank refuses all writes
 * @param maxRequestBytes largest request body accepted; 0 or less means {@value #DEFAULT_MAX_REQUEST_BYTES}
 * @param maxQueuedJobs   ingest jobs that may wait behind the running one before {@code POST /api/articles} answers
 *                        503; 0 or less means {@value #DEFAULT_MAX_QUEUED_JOBS}
 */
public record ServeConfig(String host, int port, String writeToken, long maxRequestBytes, int maxQueuedJobs) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_REQUEST_BYTES = 2L * 1024 * 1024;
    /** With 2 MB bodies, at most about 32 MB of articles wait in memory. */
    public static final int DEFAULT_MAX_QUEUED_JOBS = 16;

    public ServeConfig {
        host = host == null || host.isBlank() ? DEFAULT_HOST : host.strip();
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        writeToken = writeToken == null || writeToken.isBlank() ? null : writeToken;
        maxRequestBytes = maxRequestBytes <= 0 ? DEFAULT_MAX_REQUEST_BYTES : maxRequestBytes;
        maxQueuedJobs = maxQueuedJobs <= 0 ? DEFAULT_MAX_QUEUED_JOBS : maxQueuedJobs;
    }

    /** 127.0.0.1:8080, writes refused, 2 MB bodies, 16 waiting jobs. */
    public static ServeConfig defaults() {
        return new ServeConfig(DEFAULT_HOST, DEFAULT_PORT, null, DEFAULT_MAX_REQUEST_BYTES, DEFAULT_MAX_QUEUED_JOBS);
    }

    public ServeConfig withHost(String h) {
        return new ServeConfig(h, port, writeToken, maxRequestBytes, maxQueuedJobs);
    }

    public ServeConfig withPort(int p) {
        return new ServeConfig(host, p, writeToken, maxRequestBytes, maxQueuedJobs);
    }

    public ServeConfig withWriteToken(String t) {
        return new ServeConfig(host, port, t, maxRequestBytes, maxQueuedJobs);
    }

    public ServeConfig withMaxRequestBytes(long n) {
        return new ServeConfig(host, port, writeToken, n, maxQueuedJobs);
    }

    public ServeConfig withMaxQueuedJobs(int n) {
        return new ServeConfig(host, port, writeToken, maxRequestBytes, n);
    }

    /** Whether writes are possible at all. */
    public boolean writesEnabled() {
        return writeToken != null;
    }

    @Override
    public String toString() {
        // never print the token
        return "ServeConfig[host=" + host + ", port=" + port + ", writes=" + (writesEnabled() ? "enabled" : "disabled")
                + ", maxRequestBytes=" + maxRequestBytes + ", maxQueuedJobs=" + maxQueuedJobs + "]";
    }
}
