package org.civiclab.idea;

import java.util.List;
import java.util.stream.Collectors;

import org.civiclab.idea.IdeaPolicy.GateRight;
import org.civiclab.people.CurrentUser;
import org.civiclab.people.Role;
import org.civiclab.pipeline.OpenGate;
import org.civiclab.web.Problems;

import org.springframework.web.ErrorResponseException;

/**
 * Why someone may not pass a gate, said so that they know who can: "Another executive of
 * Norrvik municipality decides this: you submitted the idea". The problem detail carries
 * the reason ({@code reason}) and who may pass the gate ({@code mayPass}, usernames), for
 * the web app to say in the reader's language.
 */
public final class GateRefusals {

	private GateRefusals() {
	}

	/** A 403 for a refused gate; {@code mayPass} are those who may pass it instead. */
	public static ErrorResponseException refused(Idea idea, OpenGate gate, GateRight right, List<CurrentUser> mayPass) {
		String roles = IdeaPolicy.candidateRoles(gate)
			.stream()
			.map(GateRefusals::roleName)
			.sorted()
			.collect(Collectors.joining(" or "));
		String organisation = idea.getOrganisation().getName();
		String detail = switch (right) {
			case NOT_MEMBER ->
				idea.getReference() + " belongs to " + organisation + "; only its members take its gate decisions";
			case NOT_AUTHOR -> "Only the authors of " + idea.getReference() + " may resubmit it";
			case NOT_CANDIDATE ->
				"The " + gate.gate() + " gate is decided by " + article(roles) + roles + "; you are not one";
			case SUBMITTER, CO_AUTHOR, SCALE_PROPOSER -> conflict(roles, organisation, right, mayPass);
			case ALLOWED -> throw new IllegalArgumentException("Nothing to refuse");
		};
		ErrorResponseException refusal = Problems.forbidden(detail);
		refusal.getBody().setProperty("reason", right.name());
		refusal.getBody().setProperty("mayPass", mayPass.stream().map(CurrentUser::username).toList());
		return refusal;
	}

	private static String conflict(String roles, String organisation, GateRight right, List<CurrentUser> mayPass) {
		String why = switch (right) {
			case SUBMITTER -> "you submitted the idea";
			case CO_AUTHOR -> "you co-authored the idea";
			default -> "you proposed scaling it (four eyes)";
		};
		if (mayPass.isEmpty()) {
			return "Nobody else in " + organisation + " may take this decision yet: " + why + ", and no other " + roles
					+ " may; the idea waits until one can";
		}
		return "Another " + roles + " of " + organisation + " decides this: " + why + " ("
				+ mayPass.stream().map(CurrentUser::displayName).collect(Collectors.joining(", ")) + " may)";
	}

	private static String article(String noun) {
		return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ";
	}

	static String roleName(Role role) {
		return role.name().toLowerCase().replace('_', ' ');
	}

}
