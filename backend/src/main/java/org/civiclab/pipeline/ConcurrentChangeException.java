package org.civiclab.pipeline;

/**
 * Someone else acted on the same idea at the same moment; nothing was changed.
 */
public class ConcurrentChangeException extends RuntimeException {

	ConcurrentChangeException(Throwable cause) {
		super("The idea was changed by someone else at the same time; reload it and try again", cause);
	}

}
