package org.civiclab.idea;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.civiclab.idea.IdeaPolicy.GateRight;
import org.civiclab.people.CurrentUser;
import org.civiclab.people.Role;
import org.civiclab.pipeline.OpenGate;
import org.civiclab.web.Problems;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.web.ErrorResponseException;

/**
 * Why someone may not pass a gate, said so that they know who can: "Another executive of
 * Norrvik municipality decides this: you submitted the idea". The problem detail carries
 * the reason ({@code reason}) and who may pass the gate ({@code mayPass}, usernames), for
 * the web app to say in the reader's language; its detail is rendered in that language
 * too, the roles' names with it ({@code role.*} in the message bundles).
 */
public final class GateRefusals {

	private GateRefusals() {
	}

	/** A 403 for a refused gate; {@code mayPass} are those who may pass it instead. */
	public static ErrorResponseException refused(Idea idea, OpenGate gate, GateRight right, List<CurrentUser> mayPass) {
		List<Role> roles = IdeaPolicy.candidateRoles(gate).stream().sorted(Comparator.comparing(Role::name)).toList();
		String organisation = idea.getOrganisation().getName();
		ErrorResponseException refusal = switch (right) {
			case NOT_MEMBER -> Problems.forbidden("gate.not-member", idea.getReference(), organisation);
			case NOT_AUTHOR -> Problems.forbidden("gate.not-author", idea.getReference());
			case NOT_CANDIDATE -> Problems.forbidden("gate.not-candidate", gate.gate(), roles(roles, "role.a."));
			case SUBMITTER, CO_AUTHOR, SCALE_PROPOSER -> conflict(roles, organisation, right, mayPass);
			case ALLOWED -> throw new IllegalArgumentException("Nothing to refuse");
		};
		refusal.getBody().setProperty("reason", right.name());
		refusal.getBody().setProperty("mayPass", mayPass.stream().map(CurrentUser::username).toList());
		return refusal;
	}

	private static ErrorResponseException conflict(List<Role> roles, String organisation, GateRight right,
			List<CurrentUser> mayPass) {
		MessageSourceResolvable why = Problems.message(switch (right) {
			case SUBMITTER -> "gate.why.submitter";
			case CO_AUTHOR -> "gate.why.co-author";
			default -> "gate.why.scale-proposer";
		});
		if (mayPass.isEmpty()) {
			return Problems.forbidden("gate.nobody-else", organisation, why, roles(roles, "role."));
		}
		return Problems.forbidden("gate.another", roles(roles, "role."), organisation, why,
				mayPass.stream().map(CurrentUser::displayName).collect(Collectors.joining(", ")));
	}

	/**
	 * "executive or lab lead": the first role's name with the prefix ({@code role.a.}:
	 * with its article), the others joined by "or".
	 */
	private static MessageSourceResolvable roles(List<Role> roles, String prefix) {
		MessageSourceResolvable names = Problems.message(prefix + key(roles.get(0)));
		for (Role role : roles.subList(1, roles.size())) {
			names = Problems.message("role.either", names, Problems.message("role." + key(role)));
		}
		return names;
	}

	/** LAB_LEAD → lab-lead. */
	static String key(Role role) {
		return role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
