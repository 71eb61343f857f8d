package org.civiclab.idea;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.civiclab.idea.IdeaAction.OutcomeFields;
import org.civiclab.idea.IdeaAction.Type;
import org.civiclab.idea.IdeaPolicy.Facts;
import org.civiclab.people.CurrentUser;
import org.civiclab.pipeline.OpenGate;
import org.civiclab.pipeline.StageCapability;

/**
 * What a reader may do to an idea now, as {@link IdeaPolicy} says; the web app draws its
 * buttons from these. The services ask the policy again when the action is taken.
 */
final class IdeaActions {

	private IdeaActions() {
	}

	static List<IdeaAction> of(Facts idea, List<OpenGate> gates, CurrentUser user, Set<StageCapability> stageAllows) {
		List<IdeaAction> actions = new ArrayList<>();
		boolean revisionOpen = gates.stream().anyMatch(IdeaActions::isRevision);
		if (IdeaPolicy.mayEdit(user, idea, revisionOpen)) {
			actions.add(IdeaAction.of(Type.EDIT));
		}
		if (IdeaPolicy.mayChangeCoAuthors(user, idea, revisionOpen)) {
			actions.add(IdeaAction.of(Type.CHANGE_CO_AUTHORS));
		}
		if (IdeaPolicy.maySubmit(user, idea)) {
			actions.add(IdeaAction.of(Type.SUBMIT));
		}
		for (OpenGate gate : gates) {
			if (IdeaPolicy.gateRight(user, idea, gate).allowed()) {
				actions.add(isRevision(gate) ? IdeaAction.of(Type.RESUBMIT) : decide(gate));
			}
		}
		if (IdeaPolicy.mayWithdraw(user, idea)) {
			actions.add(IdeaAction.of(Type.WITHDRAW));
		}
		if (IdeaPolicy.mayRecord(user, idea, StageCapability.EXPERIMENTS, stageAllows)) {
			actions.addAll(List.of(IdeaAction.of(Type.ADD_EXPERIMENT), IdeaAction.of(Type.RECORD_RESULT)));
		}
		if (IdeaPolicy.mayRecord(user, idea, StageCapability.IMPACT_TARGETS, stageAllows)) {
			actions.add(IdeaAction.of(Type.ADD_IMPACT_TARGET));
		}
		if (IdeaPolicy.mayRecord(user, idea, StageCapability.MEASUREMENTS, stageAllows)) {
			actions.add(IdeaAction.of(Type.ADD_MEASUREMENT));
		}
		if (IdeaPolicy.mayComment(user, idea)) {
			actions.add(IdeaAction.of(Type.COMMENT));
		}
		if (IdeaPolicy.maySupport(user, idea)) {
			actions.add(IdeaAction.of(Type.SUPPORT));
		}
		if (IdeaPolicy.mayShare(user, idea)) {
			actions.add(IdeaAction.of(Type.SHARE));
		}
		if (IdeaPolicy.mayNamePartners(user, idea)) {
			actions.add(IdeaAction.of(Type.NAME_PARTNERS));
		}
		if (IdeaPolicy.mayDecideForPartner(user, idea)) {
			actions.add(IdeaAction.of(Type.DECIDE_FOR_PARTNER));
		}
		if (IdeaPolicy.mayDiscussInRegion(user, idea)) {
			actions.add(IdeaAction.of(Type.DISCUSS_IN_REGION));
		}
		return actions;
	}

	static boolean isRevision(OpenGate gate) {
		return Gate.fromModel(gate.gate()) == Gate.REVISION;
	}

	private static IdeaAction decide(OpenGate open) {
		Gate gate = Gate.fromModel(open.gate());
		List<OutcomeFields> allowed = open.outcomes()
			.stream()
			.map(Outcome::valueOf)
			.map((outcome) -> OutcomeFields.of(gate, outcome))
			.toList();
		return new IdeaAction(Type.DECIDE, gate, allowed);
	}

}
