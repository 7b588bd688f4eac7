package org.sitrep.spark;

import org.sitrep.pipeline.Pipeline;

/**
 * The NLP models, loaded once per executor JVM and shared by its tasks (CoreNLP's annotators are
 * thread-safe once loaded). Loading takes several seconds and about 2 GB, so it must never happen per
 * task or per record.
 */
final class Models {
    private static volatile Pipeline pipeline;

    private Models() {
    }

    static Pipeline pipeline() {
        Pipeline p = pipeline;
        if (p == null) {
            synchronized (Models.class) {
                p = pipeline;
                if (p == null) {
                    p = Pipeline.load();
                    pipeline = p;
                }
            }
        }
        return p;
    }
}
