package org.civiclab.idea;

import java.util.List;

import org.springframework.lang.Nullable;

/**
 * Something the current user may do to an idea now; the web app draws its buttons from
 * these.
 *
 * @param type what it is
 * @param gate for {@link Type#DECIDE}: the gate
 * @param outcomes for {@link Type#DECIDE}: the outcomes allowed, each with the fields it
 * needs
 */
public record IdeaAction(Type type, @Nullable Gate gate, List<OutcomeFields> outcomes) {

	public enum Type {

		EDIT, CHANGE_CO_AUTHORS, SUBMIT, RESUBMIT, WITHDRAW, DECIDE, ADD_EXPERIMENT, RECORD_RESULT, ADD_IMPACT_TARGET,
		ADD_MEASUREMENT, COMMENT, SUPPORT

	}

	public record OutcomeFields(Outcome outcome, List<DecisionField> fields) {
	}

	static IdeaAction of(Type type) {
		return new IdeaAction(type, null, List.of());
	}

}
