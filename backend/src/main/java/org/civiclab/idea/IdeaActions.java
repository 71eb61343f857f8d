package org.civiclab.idea;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.civiclab.idea.IdeaAction.OutcomeFields;
import org.civiclab.idea.IdeaAction.Type;
import org.civiclab.people.CurrentUser;
import org.civiclab.people.Role;
import org.civiclab.pipeline.OpenGate;

/**
 * Derives what a user may do to an idea now from its open gates and the user's roles. The
 * services check the same rules again when the action is taken.
 */
final class IdeaActions {

	private static final Set<String> PLANNING_STAGES = Set.of("plan", "test");

	private static final Set<String> IMPACT_STAGES = Set.of("plan", "test", "scale-decision", "scaling");

	private static final Set<String> MEASURING_STAGES = Set.of("scaling", "scaled");

	private IdeaActions() {
	}

	static List<IdeaAction> of(Idea idea, List<OpenGate> gates, CurrentUser user) {
		List<IdeaAction> actions = new ArrayList<>();
		boolean author = idea.isAuthor(user.username());
		if (idea.isDraft()) {
			if (author) {
				actions.addAll(
						List.of(IdeaAction.of(Type.EDIT), IdeaAction.of(Type.SUBMIT), IdeaAction.of(Type.WITHDRAW)));
			}
			return actions;
		}
		if (!idea.belongsTo(user)) {
			// Another organisation's public idea: to read, not to act on (docs/adr/0014).
			return actions;
		}
		for (OpenGate gate : gates) {
			if (!gate.isFor(user.username(), user.groups())) {
				continue;
			}
			if ("revision".equals(gate.gate())) {
				actions.addAll(List.of(IdeaAction.of(Type.EDIT), IdeaAction.of(Type.RESUBMIT)));
			}
			else if (mayDecide(idea, Gate.fromModel(gate.gate()), user)) {
				actions.add(decide(Gate.fromModel(gate.gate()), gate.outcomes()));
			}
		}
		if (author && !idea.isEnded()) {
			actions.add(IdeaAction.of(Type.WITHDRAW));
		}
		if (user.has(Role.LAB_LEAD) && PLANNING_STAGES.contains(idea.getStage())) {
			actions.addAll(List.of(IdeaAction.of(Type.ADD_EXPERIMENT), IdeaAction.of(Type.RECORD_RESULT)));
		}
		if (user.has(Role.LAB_LEAD) && IMPACT_STAGES.contains(idea.getStage())) {
			actions.add(IdeaAction.of(Type.ADD_IMPACT_TARGET));
		}
		if (user.has(Role.LAB_LEAD) && MEASURING_STAGES.contains(idea.getStage())) {
			actions.add(IdeaAction.of(Type.ADD_MEASUREMENT));
		}
		actions.addAll(List.of(IdeaAction.of(Type.COMMENT), IdeaAction.of(Type.SUPPORT)));
		return actions;
	}

	/** The four-eyes rule: who proposed scaling does not decide on it. */
	static boolean mayDecide(Idea idea, Gate gate, CurrentUser user) {
		return GateRules.mayDecide(gate, idea.getScaleProposedBy(), user.username());
	}

	private static IdeaAction decide(Gate gate, List<String> outcomes) {
		List<OutcomeFields> allowed = outcomes.stream()
			.map(Outcome::valueOf)
			.map((outcome) -> new OutcomeFields(outcome, GateRules.requiredFields(gate, outcome)))
			.toList();
		return new IdeaAction(Type.DECIDE, gate, allowed);
	}

}
