package org.sitrep.extract;

import org.sitrep.model.Frame;
import org.sitrep.model.Status;

/**
 * Words that signal an event: tokens [start, end) of a sentence, their head token, the frame they signal
 * and how real the sentence says the event is.
 */
record Trigger(Frame frame, int start, int end, int head, Status status) {
    Trigger withFrame(Frame f) {
        return new Trigger(f, start, end, head, status);
    }
}
