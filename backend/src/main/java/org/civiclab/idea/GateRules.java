package org.civiclab.idea;

import java.util.ArrayList;
import java.util.List;

/**
 * What each gate needs to hear before it opens or closes: the fields a decision must
 * carry, by gate and outcome.
 */
public final class GateRules {

	public static final String RATIONALE = "rationale";

	public static final String SCORES = "scores";

	public static final String LEARNING_CARD = "learningCard";

	public static final String BUDGET = "budget";

	public static final String RECEIVING_UNIT = "receivingUnit";

	public static final String CHECKLIST = "checklist";

	public static final String TIME_BOX_ENDS_AT = "timeBoxEndsAt";

	public static final String WAKE_UP_AT = "wakeUpAt";

	private GateRules() {
	}

	/**
	 * The four-eyes rule: who proposed scaling (with a Go at the test gate) does not
	 * decide on it.
	 */
	public static boolean mayDecide(Gate gate, String scaleProposer, String username) {
		return gate != Gate.SCALE || !username.equals(scaleProposer);
	}

	/** The fields a decision with this outcome at this gate must fill in. */
	public static List<String> requiredFields(Gate gate, Outcome outcome) {
		List<String> fields = new ArrayList<>(List.of(RATIONALE));
		if (gate == Gate.SCREENING) {
			fields.add(SCORES);
		}
		if (outcome == Outcome.KILL && (gate == Gate.TEST || gate == Gate.SCALE)) {
			fields.add(LEARNING_CARD);
		}
		if (gate == Gate.SCALE && outcome == Outcome.GO) {
			fields.addAll(List.of(BUDGET, RECEIVING_UNIT, CHECKLIST));
		}
		// A test put on the shelf gets a fresh time box for when it comes back.
		if ((gate == Gate.PLAN && outcome == Outcome.GO) || (gate == Gate.SCALE && outcome == Outcome.RECYCLE)
				|| (gate == Gate.TEST && outcome == Outcome.HOLD)) {
			fields.add(TIME_BOX_ENDS_AT);
		}
		if (outcome == Outcome.HOLD) {
			fields.add(WAKE_UP_AT);
		}
		return List.copyOf(fields);
	}

}
