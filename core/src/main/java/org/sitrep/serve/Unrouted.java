// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.serve;

import io.javalin.http.Context;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The answers for requests no route takes as they are: a request URI whose percent-encoded bytes are not UTF-8
 * (400, before any route decodes it into replacement characters and echoes them), a known path asked with another
 * method (405 with {@code Allow}), and an unknown path (404). Messages name the method and the path as sent
 * (percent-encoded, so ASCII), cut short and with control characters as '?'.
 */
final class Unrouted {
    private record PathPattern(Pattern path, String method) {
    }

    private final List<PathPattern> routes = new ArrayList<>();

    /** Registers a route's method and Javalin path ({@code /api/events/{id}}). */
    void add(String method, String path) {
        String regex = Pattern.compile("\\{[^}/]+}").splitAsStream(path).map(Pattern::quote)
                .reduce((a, b) -> a + "[^/]+" + b).orElse("");
        if (path.endsWith("}")) {
            regex += "[^/]+";
        }
        routes.add(new PathPattern(Pattern.compile(regex), method));
    }

    /** The methods the path answers to, in registration order; GET brings HEAD, which Javalin answers with it. */
    Set<String> allowed(String path) {
        String p = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        Set<String> out = new LinkedHashSet<>();
        for (PathPattern r : routes) {
            if (r.path().matcher(p).matches()) {
                out.add(r.method());
                if (r.method().equals("GET")) {
                    out.add("HEAD");
                }
            }
        }
        return out;
    }

    /** Answers a request that matched no route: 405 naming the method, the path and the methods it takes, else 404. */
    void answer(Context ctx) {
        String path = ctx.req().getRequestURI();
        String method = RequestParams.shown(ctx.req().getMethod());
        Set<String> allowed = allowed(path);
        if (!allowed.isEmpty()) {
            String list = String.join(", ", allowed);
            ctx.header("Allow", list);
            Responses.error(ctx, 405, "method " + method + " is not allowed on " + RequestParams.shown(path)
                    + "; it takes " + list);
        } else {
            Responses.error(ctx, 404, "no endpoint " + method + " " + RequestParams.shown(path));
        }
    }

    /** Refuses a request whose path or query, percent-decoded, is not UTF-8: no route would read it as sent. */
    static void requireUtf8(Context ctx) {
        if (!isUtf8(ctx.req().getRequestURI())) {
            throw new ApiError(400, "the request path is not UTF-8 once percent-decoded; send UTF-8 percent-encoded");
        }
        String query = ctx.req().getQueryString();
        if (query != null && !isUtf8(query)) {
            throw new ApiError(400, "the query string is not UTF-8 once percent-decoded; send UTF-8 percent-encoded");
        }
    }

    /** Whether {@code raw}, with its {@code %XX} escapes made bytes, is well-formed UTF-8. */
    static boolean isUtf8(String raw) {
        if (raw.indexOf('%') < 0) {
            return true;
        }
        ByteBuffer bytes = ByteBuffer.allocate(raw.length() * 4);
        for (int i = 0; i < raw.length(); ) {
            int c = raw.codePointAt(i);
            if (c == '%' && i + 2 < raw.length() && hex(raw.charAt(i + 1)) >= 0 && hex(raw.charAt(i + 2)) >= 0) {
                bytes.put((byte) (hex(raw.charAt(i + 1)) * 16 + hex(raw.charAt(i + 2))));
                i += 3;
            } else {
                bytes.put(Character.toString(c).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(c);
            }
        }
        bytes.flip();
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
