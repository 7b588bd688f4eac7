// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * The errors Jetty answers itself, before a request reaches Javalin's routes (a malformed request line or header,
 * a URI or headers over Jetty's limits, a body refused while it is read), in the API's shape
 * {@code {"error": reason}} rather than Jetty's HTML page: a client of the API parses every error the same way.
 */
final class JsonErrorHandler extends ErrorHandler {
    private static final HttpField CONTENT_TYPE = new HttpField(HttpHeader.CONTENT_TYPE, Responses.JSON);
    private static final HttpField NOSNIFF = new HttpField("X-Content-Type-Options", "nosniff");

    /** Requests Jetty refuses while parsing them: no request object exists yet, only the status and Jetty's reason. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(CONTENT_TYPE);
        fields.put(NOSNIFF);
        return ByteBuffer.wrap(Json.error(reason(status, reason)).getBytes(StandardCharsets.UTF_8));
    }

    /** Errors sent with {@code sendError} on a parsed request, whatever its method or Accept header. */
    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
                                              HttpServletResponse response, int code, String message)
            throws IOException {
        byte[] body = Json.error(reason(code, message)).getBytes(StandardCharsets.UTF_8);
        response.setContentType(Responses.JSON);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    /** What went wrong in words a client can act on, with Jetty's own reason when it gives one. */
    static String reason(int status, String jettyReason) {
        String what = switch (status) {
            case 400 -> "malformed request";
            case 413 -> "the request body is too large";
            case 414 -> "the request URI is too long";
            case 431 -> "the request headers are too large";
            case 501 -> "the request uses an unsupported feature";
            case 505 -> "unsupported HTTP version";
            default -> "request refused (HTTP " + status + ")";
        };
        if (jettyReason == null || jettyReason.isBlank() || jettyReason.equalsIgnoreCase(defaultPhrase(status))) {
            return what;
        }
        return what + ": " + printable(jettyReason);
    }

    private static String defaultPhrase(int status) {
        org.eclipse.jetty.http.HttpStatus.Code code = org.eclipse.jetty.http.HttpStatus.getCode(status);
        return code == null ? "" : code.getMessage();
    }

    /** Jetty's reason may quote bytes of the request: control characters are shown as '?' and it is cut short. */
    private static String printable(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().limit(200).forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return b.toString();
    }
}
