package edu.stanford.nlp.tagger.maxent;

import edu.stanford.nlp.sequences.ExactBestSequenceFinder;
import edu.stanford.nlp.sequences.SequenceModel;
import java.util.Arrays;

/**
 * CoreNLP's {@link ExactBestSequenceFinder} for a model with no right window, choosing the same sequence with less
 * work: the same window scores, the same sums and comparisons, the same trace.
 *
 * <p>CoreNLP's forward step takes, for every window of tags (two earlier tags and the current one), the best of
 * the predecessor windows' scores plus this window's score, so it adds every predecessor to every current tag.
 * The best predecessor does not depend on the current tag, except where rounding makes two sums equal: here the
 * best and second-best predecessor scores are found once per pair of earlier tags, and for each current tag the
 * best is taken when its sum is strictly above the second-best's sum. Rounding is monotone, so then every other
 * predecessor's sum is at most the second's, and CoreNLP's loop (which keeps the first strictly greater sum)
 * chooses the same predecessor with the same sum; otherwise (a tie, an infinity) the step runs CoreNLP's loop.
 * Possible values with repeats, where CoreNLP's window filling behaves differently, go to CoreNLP's finder.
 */
final class TagViterbi {
    private TagViterbi() {
    }

    /**
     * A model whose window scores may lie above the exact model's, never below: at each padded position by at most
     * {@link #error(int)}, known once every window of the position has been scored.
     */
    interface Screened extends SequenceModel {
        double error(int pos);
    }

    /** The best sequence over the padded positions, as CoreNLP's {@code ExactBestSequenceFinder} gives it. */
    static int[] bestSequence(SequenceModel model) {
        Lattice lattice = Lattice.of(model);
        if (lattice == null) {
            return new ExactBestSequenceFinder().bestSequence(model);
        }
        return lattice.backtrace(lattice.bestFinal());
    }

    /**
     * The best sequence of the exact model a screened model stands for, or null where its scores cannot tell it.
     *
     * <p>Every path's score lies at most the sum of its positions' errors above the exact model's score of that path,
     * never below it, so each node's best score does too. The backtrace reads the best last window, then at each
     * position the predecessor the trace chose: when every one of those choices beats the others by more than the
     * errors summed up to that position (plus a slack far above the rounding of either model's sums, whose magnitudes
     * are bounded here), the exact model makes the same choices, with no tie, and so CoreNLP's finder reads the same
     * sequence. Otherwise, and wherever {@link #bestSequence} would hand over to CoreNLP's finder, this gives null.
     */
    static int[] screenedSequence(Screened model) {
        Lattice lattice = Lattice.of(model);
        if (lattice == null) {
            return null;
        }
        int left = lattice.left;
        int last = left + lattice.length - 1;
        double[] error = new double[lattice.padLength];
        double sum = 0.0;
        for (int pos = left; pos <= last; pos++) {
            sum += model.error(pos) + SLACK;
            error[pos] = sum;
        }
        if (!(sum < MAX_ERROR)) {
            return null;
        }
        int product = lattice.bestFinal();
        double[] finals = lattice.score[last];
        if (product < 0 || !clearlyAhead(finals, product, -1, 1, finals.length, error[last])) {
            return null;
        }
        for (int pos = last; pos > left; pos--) {
            int n0 = lattice.tagNum[pos];
            int factor = lattice.productSizes[pos] / n0;
            int from = lattice.trace[pos][product];
            // the predecessors of a window differ in their earliest tag only: indices k * factor + shared
            if (!clearlyAhead(lattice.score[pos - 1], from, product / n0, factor, lattice.tagNum[pos - left - 1],
                    error[pos - 1])) {
                return null;
            }
            product = from;
        }
        return lattice.backtrace(lattice.bestFinal());
    }

    /** Slack per position, for the rounding of sums whose magnitudes stay under {@link #MAX_SCORE}. */
    private static final double SLACK = 1e-9;
    private static final double MAX_SCORE = 1e4;
    private static final double MAX_ERROR = 1.0;

    /**
     * Whether {@code scores[chosen]} is a bounded score above every other of {@code scores[k * step + offset]},
     * {@code k < count}, by more than {@code error}.
     */
    private static boolean clearlyAhead(double[] scores, int chosen, int offset, int step, int count, double error) {
        double best = scores[chosen];
        if (!(Math.abs(best) < MAX_SCORE)) {
            return false;
        }
        for (int k = 0; k < count; k++) {
            int i = offset < 0 ? k : k * step + offset;
            if (i != chosen && !(best - scores[i] > error)) {
                return false;
            }
        }
        return true;
    }

    /** The forward pass's scores and trace, as CoreNLP's finder fills them. */
    private static final class Lattice {
        final int length;
        final int left;
        final int padLength;
        final int[][] tags;
        final int[] tagNum;
        final int[] productSizes;
        final double[][] score;
        final int[][] trace;

        private Lattice(int length, int left, int[][] tags, int[] tagNum, int[] productSizes, double[][] score,
                int[][] trace) {
            this.length = length;
            this.left = left;
            this.padLength = tags.length;
            this.tags = tags;
            this.tagNum = tagNum;
            this.productSizes = productSizes;
            this.score = score;
            this.trace = trace;
        }

        /** The forward pass over the model, or null where possible values repeat (CoreNLP's finder handles those). */
        static Lattice of(SequenceModel model) {
            if (model.rightWindow() != 0) {
                throw new IllegalStateException("TagViterbi expects no right window");
            }
            int length = model.length();
            int left = model.leftWindow();
            int padLength = length + left;
            int[][] tags = new int[padLength][];
            int[] tagNum = new int[padLength];
            for (int pos = 0; pos < padLength; pos++) {
                tags[pos] = model.getPossibleValues(pos);
                tagNum[pos] = tags[pos].length;
                if (hasRepeats(tags[pos])) {
                    return null;
                }
            }
            int[] productSizes = productSizes(tagNum, left);
            double[][] windowScore = windowScores(model, tags, tagNum, productSizes, left, length);

            double[][] score = new double[padLength][];
            int[][] trace = new int[padLength][];
            for (int pos = 0; pos < padLength; pos++) {
                score[pos] = new double[productSizes[pos]];
                trace[pos] = new int[productSizes[pos]];
            }
            if (length > 0) {
                System.arraycopy(windowScore[left], 0, score[left], 0, productSizes[left]);
                Arrays.fill(trace[left], -1);
            }
            for (int pos = left + 1; pos < padLength; pos++) {
                forward(score[pos - 1], windowScore[pos], score[pos], trace[pos], tagNum[pos], tagNum[pos - left - 1],
                        productSizes[pos]);
            }
            return new Lattice(length, left, tags, tagNum, productSizes, score, trace);
        }

        /** The last position's best window (the first of equal scores), or -1 if none is above minus infinity. */
        int bestFinal() {
            int last = left + length - 1;
            double bestFinalScore = Double.NEGATIVE_INFINITY;
            int bestCurrentProduct = -1;
            for (int product = 0; product < productSizes[last]; product++) {
                if (score[last][product] > bestFinalScore) {
                    bestCurrentProduct = product;
                    bestFinalScore = score[last][product];
                }
            }
            return bestCurrentProduct;
        }

        /** The projection and the backtrace from the last position's best window, as CoreNLP's finder does them. */
        int[] backtrace(int bestCurrentProduct) {
            int[] best = new int[padLength];
            Arrays.fill(best, tags[0][0]);
            int lastProduct = bestCurrentProduct;
            for (int p = padLength - 1; p >= length - 1 && p >= 0; p--) {
                int n = tagNum[p];
                int digit = lastProduct % n;
                lastProduct /= n;
                best[p] = tags[p][digit];
            }
            for (int pos = left + length - 2; pos >= left; pos--) {
                int bestNextProduct = bestCurrentProduct;
                bestCurrentProduct = trace[pos + 1][bestNextProduct];
                best[pos - left] = tags[pos - left][bestCurrentProduct / (productSizes[pos] / tagNum[pos - left])];
            }
            return best;
        }
    }

    private static boolean hasRepeats(int[] values) {
        for (int i = 1; i < values.length; i++) {
            for (int j = 0; j < i; j++) {
                if (values[i] == values[j]) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Each position's number of windows (its tags and the {@code left} before it), as CoreNLP counts them. */
    private static int[] productSizes(int[] tagNum, int left) {
        int padLength = tagNum.length;
        int[] sizes = new int[padLength];
        int product = 1;
        for (int i = 0; i < left; i++) {
            product *= tagNum[i];
        }
        if (left < padLength) {
            product *= tagNum[left];
            sizes[left] = product;
        }
        for (int pos = left + 1; pos < padLength; pos++) {
            product /= tagNum[pos - left - 1];
            product *= tagNum[pos];
            sizes[pos] = product;
        }
        return sizes;
    }

    /**
     * The model's scores of every window, one call per context of earlier tags, laid out as CoreNLP lays them: the
     * current tag the last digit, the earliest tag the first.
     */
    private static double[][] windowScores(SequenceModel model, int[][] tags, int[] tagNum, int[] productSizes,
            int left, int length) {
        double[][] windowScore = new double[tags.length][];
        int[] window = new int[tags.length];
        for (int pos = left; pos < left + length; pos++) {
            double[] ws = new double[productSizes[pos]];
            windowScore[pos] = ws;
            Arrays.fill(window, tags[0][0]);
            int n0 = tagNum[pos];
            int contexts = productSizes[pos] / n0;
            for (int context = 0; context < contexts; context++) {
                int p = context;
                for (int cur = pos - 1; cur >= pos - left; cur--) {
                    window[cur] = tags[cur][p % tagNum[cur]];
                    p /= tagNum[cur];
                }
                window[pos] = tags[pos][0];
                double[] scores = model.scoresOf(window, pos);
                System.arraycopy(scores, 0, ws, context * n0, n0);
            }
        }
        return windowScore;
    }

    /** One forward step: each window's best predecessor and its sum, as CoreNLP's loop finds them. */
    private static void forward(double[] previous, double[] windowScore, double[] score, int[] trace, int n0,
            int predecessors, int size) {
        int factor = size / n0;
        for (int shared = 0; shared < factor; shared++) {
            double top = Double.NEGATIVE_INFINITY;
            int topIndex = -1;
            double second = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < predecessors; k++) {
                double v = previous[k * factor + shared];
                if (v > top) {
                    second = Math.max(second, top);
                    top = v;
                    topIndex = k;
                } else if (v > second || v == top) {
                    second = Math.max(second, v);
                }
            }
            for (int t = 0; t < n0; t++) {
                int product = shared * n0 + t;
                double w = windowScore[product];
                double topSum = top + w;
                if (topIndex >= 0 && topSum > second + w) {
                    score[product] = topSum;
                    trace[product] = topIndex * factor + shared;
                } else {
                    double best = Double.NEGATIVE_INFINITY;
                    int from = -1;
                    for (int k = 0; k < predecessors; k++) {
                        int pred = k * factor + shared;
                        double v = previous[pred] + w;
                        if (v > best) {
                            best = v;
                            from = pred;
                        }
                    }
                    score[product] = best;
                    trace[product] = from;
                }
            }
        }
    }
}
