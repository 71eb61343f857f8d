package org.civiclab.idea;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The gates, their outcomes and the fields each decision must carry: the one list the
 * decision service checks, the idea's actions and the board's moves offer, and the web
 * app reads through the API. Which outcomes a gate allows is the model's (its
 * {@code outcomes} property); what each outcome needs is this catalogue's.
 */
public final class GateCatalogue {

	/** A test put on the shelf gets a fresh time box for when it comes back. */
	private static final Set<Gate> TIME_BOX_ON_HOLD = EnumSet.of(Gate.TEST);

	private GateCatalogue() {
	}

	/**
	 * A gate as the web app draws it: whether it is a decision, and each outcome the
	 * model allows with the fields it needs.
	 */
	@Schema(name = "GateCatalogueEntry")
	public record Entry(Gate gate, boolean decision, List<IdeaAction.OutcomeFields> outcomes) {
	}

	/** The catalogue for these gates of the model, each with the outcomes it allows. */
	public static List<Entry> of(Map<String, List<String>> modelGates) {
		return modelGates.entrySet().stream().filter((gate) -> Gate.fromModel(gate.getKey()) != null).map((gate) -> {
			Gate kind = Gate.fromModel(gate.getKey());
			return new Entry(kind, kind.isDecision(),
					gate.getValue()
						.stream()
						.map(Outcome::valueOf)
						.map((outcome) -> IdeaAction.OutcomeFields.of(kind, outcome))
						.toList());
		}).toList();
	}

	/** The fields a decision with this outcome at this gate must fill in, in order. */
	public static List<DecisionField> requiredFields(Gate gate, Outcome outcome) {
		if (!gate.isDecision()) {
			return List.of();
		}
		List<DecisionField> fields = new ArrayList<>(List.of(DecisionField.RATIONALE));
		if (gate == Gate.SCREENING) {
			fields.add(DecisionField.SCORES);
		}
		if (outcome == Outcome.KILL && (gate == Gate.TEST || gate == Gate.SCALE)) {
			fields.add(DecisionField.LEARNING_CARD);
		}
		if (gate == Gate.SCALE && outcome == Outcome.GO) {
			fields.addAll(List.of(DecisionField.BUDGET, DecisionField.RECEIVING_UNIT, DecisionField.CHECKLIST));
		}
		if ((gate == Gate.PLAN && outcome == Outcome.GO) || (gate == Gate.SCALE && outcome == Outcome.RECYCLE)
				|| (TIME_BOX_ON_HOLD.contains(gate) && outcome == Outcome.HOLD)) {
			fields.add(DecisionField.TIME_BOX_ENDS_AT);
		}
		if (outcome == Outcome.HOLD) {
			fields.add(DecisionField.WAKE_UP_AT);
		}
		return List.copyOf(fields);
	}

	/**
	 * Whether this decision ends the idea for good: a Kill at a decision gate (Declined
	 * at screening, Stopped later). Hold, Recycle and Go leave a way on.
	 */
	public static boolean endsIdea(Gate gate, Outcome outcome) {
		return gate.isDecision() && outcome == Outcome.KILL;
	}

	/** Whether this decision publishes a public idea: its screening Go. */
	public static boolean publishes(Gate gate, Outcome outcome) {
		return gate == Gate.SCREENING && outcome == Outcome.GO;
	}

	/** Whether this decision proposes the idea for scaling, for the four-eyes rule. */
	public static boolean proposesScaling(Gate gate, Outcome outcome) {
		return gate == Gate.TEST && outcome == Outcome.GO;
	}

	/**
	 * What people are told of this decision, the most particular first: a screening's
	 * Recycle asks the authors for a revision, a test's Go proposes scaling to the
	 * executives, and every decision is a decision.
	 */
	public static IdeaEvent.Kind[] told(Gate gate, Outcome outcome) {
		if (gate == Gate.SCREENING && outcome == Outcome.RECYCLE) {
			return new IdeaEvent.Kind[] { IdeaEvent.Kind.REVISION_ASKED, IdeaEvent.Kind.GATE_DECIDED };
		}
		if (proposesScaling(gate, outcome)) {
			return new IdeaEvent.Kind[] { IdeaEvent.Kind.SCALE_PROPOSED, IdeaEvent.Kind.GATE_DECIDED };
		}
		return new IdeaEvent.Kind[] { IdeaEvent.Kind.GATE_DECIDED };
	}

}
