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
		ADD_MEASUREMENT, COMMENT, SUPPORT, SHARE, DISCUSS_IN_REGION, NAME_PARTNERS, DECIDE_FOR_PARTNER

	}

	/**
	 * An outcome a gate allows.
	 *
	 * @param fields what the decision with this outcome fills in
	 * @param endsIdea whether it ends the idea for good (Kill: Declined or Stopped), so
	 * the web app asks "are you sure?" first
	 */
	public record OutcomeFields(Outcome outcome, List<DecisionField> fields, boolean endsIdea) {

		static OutcomeFields of(Gate gate, Outcome outcome) {
			return new OutcomeFields(outcome, GateCatalogue.requiredFields(gate, outcome),
					GateCatalogue.endsIdea(gate, outcome));
		}

	}

	static IdeaAction of(Type type) {
		return new IdeaAction(type, null, List.of());
	}

}
