package org.civiclab.idea;

/**
 * A gate's outcome (Stage-Gate): go on, stop, put on the shelf, or send back.
 */
public enum Outcome {

	GO, KILL, HOLD, RECYCLE

}
