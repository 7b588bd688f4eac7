package org.sitrep.extract.typing;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * Sentence embeddings in process: the quantized all-MiniLM-L6-v2 model (384 dimensions) that its Maven
 * Central artifact bundles with its tokenizer, run by ONNX Runtime. Vectors come back with unit length,
 * so a dot product is the cosine. The model holds no per-call state: one instance serves many threads.
 */
public final class SentenceEmbedder {
    private final EmbeddingModel model;

    private SentenceEmbedder(EmbeddingModel model) {
        this.model = model;
    }

    /** Loads the bundled model (about three seconds, once per process). */
    public static SentenceEmbedder load() {
        return new SentenceEmbedder(new AllMiniLmL6V2QuantizedEmbeddingModel());
    }

    /** The unit-length embedding of a text. */
    public float[] embed(String text) {
        return unit(model.embed(text).content().vector());
    }

    static float[] unit(float[] v) {
        double norm = 0;
        for (float f : v) {
            norm += f * f;
        }
        norm = Math.sqrt(norm);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = norm == 0 ? 0 : (float) (v[i] / norm);
        }
        return out;
    }
}
