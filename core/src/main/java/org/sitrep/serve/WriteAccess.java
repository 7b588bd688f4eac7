// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.serve;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Who may write and how much: the bearer token every write needs (none configured: no writes at all) and the
 * cap on a request body, declared or actual.
 */
final class WriteAccess {
    /** Null when the server takes no writes. */
    private final byte[] token;
    private final long maxBytes;

    WriteAccess(String token, long maxBytes) {
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
        this.maxBytes = maxBytes;
    }

    /** 403 when the server takes no writes, 401 without the right bearer token (compared in constant time). */
    void requireToken(Context ctx) {
        ApiError refused = refusal(ctx.header("Authorization"));
        if (refused != null) {
            if (refused.status == 401) {
                ctx.header("WWW-Authenticate", "Bearer");
            }
            throw refused;
        }
    }

    /** Why an Authorization header may not write, or null when it may. */
    ApiError refusal(String authorization) {
        if (token == null) {
            return new ApiError(403, "writes are disabled: the server was started without a write token");
        }
        byte[] given = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8) : null;
        if (given == null || !MessageDigest.isEqual(given, token)) {
            return new ApiError(401, "a valid bearer token is required");
        }
        return null;
    }

    /** The request body, or 413 when it is longer than allowed (declared or actual). */
    byte[] boundedBody(Context ctx) throws IOException {
        if (ctx.req().getContentLengthLong() > maxBytes) {
            throw tooLarge();
        }
        try (InputStream in = ctx.req().getInputStream()) {
            return bounded(in);
        }
    }

    /** All of {@code in}, or 413 when it holds more than allowed; reads at most one byte past the cap. */
    byte[] bounded(InputStream in) throws IOException {
        byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (b.length > maxBytes) {
            throw tooLarge();
        }
        return b;
    }

    private ApiError tooLarge() {
        return new ApiError(413, "the request body is larger than " + maxBytes + " bytes");
    }
}
