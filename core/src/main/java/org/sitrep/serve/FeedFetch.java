// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One feed document over HTTP, with a deadline on the whole exchange (body included) and a cap on its size. A
 * request timeout alone ends with the headers: a server that then sends its body a byte at a time would hold the
 * watcher, and every source after it, for good.
 */
final class FeedFetch {
    private FeedFetch() {
    }

    /** The body of a 200 answer; an IOException naming the status, the size or the deadline otherwise. */
    static byte[] get(HttpClient http, URI uri, Duration deadline, int maxBytes) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(deadline).header("User-Agent", "sitrep-watch").GET().build();
        CompletableFuture<HttpResponse<byte[]>> answer = http.sendAsync(request, info -> new Capped(maxBytes));
        HttpResponse<byte[]> r;
        try {
            r = answer.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new IOException("the feed was not read within " + deadline.toSeconds() + " s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            for (Throwable t = cause; t != null; t = t.getCause()) {
                if (t instanceof TooLarge) {
                    throw new IOException("feed larger than " + maxBytes + " bytes");
                }
            }
            throw cause instanceof IOException io ? io : new IOException(String.valueOf(cause.getMessage()), cause);
        }
        if (r.statusCode() != 200) {
            throw new IOException("HTTP " + r.statusCode());
        }
        return r.body();
    }

    /** The body up to {@code max} bytes; past it the exchange is cancelled. */
    private static final class Capped implements HttpResponse.BodySubscriber<byte[]> {
        private final int max;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        Capped(int max) {
            this.max = max;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer b : buffers) {
                if (bytes.size() + b.remaining() > max) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge());
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }

    private static final class TooLarge extends IOException {
        TooLarge() {
            super("too large", null);
        }
    }
}
