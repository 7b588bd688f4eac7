// SPDX-License-Identifier: GPL-3.0-or-later
package org.sitrep.serve;

/** An error answered with its status and a JSON message. No stack trace: it is a refusal, not a fault. */
final class ApiError extends RuntimeException {
    final int status;

    ApiError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }
}
