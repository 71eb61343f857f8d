package org.civiclab.pipeline;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/**
 * The engine's user query over CivicLab's admins: filtered in memory (an installation has
 * a handful), ordered by username.
 */
final class CockpitUserQuery extends UserQueryImpl {

	CockpitUserQuery() {
	}

	CockpitUserQuery(CommandExecutor executor) {
		super(executor);
	}

	@Override
	public long executeCount(CommandContext commandContext) {
		return matching(commandContext).size();
	}

	@Override
	public List<User> executeList(CommandContext commandContext, Page page) {
		return page(matching(commandContext), page);
	}

	private List<User> matching(CommandContext commandContext) {
		if ((this.groupId != null && !Groups.CAMUNDA_ADMIN.equals(this.groupId)) || this.tenantId != null
				|| this.procDefId != null) {
			return List.of();
		}
		CockpitIdentityProvider provider = (CockpitIdentityProvider) commandContext.getReadOnlyIdentityProvider();
		return provider.users()
			.stream()
			.filter((user) -> this.id == null || this.id.equals(user.getId()))
			.filter((user) -> this.ids == null || Arrays.asList(this.ids).contains(user.getId()))
			.filter((user) -> matches(this.firstName, this.firstNameLike, user.getFirstName()))
			.filter((user) -> matches(this.lastName, this.lastNameLike, user.getLastName()))
			.filter((user) -> matches(this.email, this.emailLike, user.getEmail()))
			.sorted((a, b) -> a.getId().compareTo(b.getId()))
			.toList();
	}

	/** Equal to {@code exactly}, and like {@code like} (SQL's % and _), where given. */
	static boolean matches(String exactly, String like, String value) {
		if (exactly != null && !exactly.equals(value)) {
			return false;
		}
		return like == null || (value != null && value.toLowerCase(Locale.ROOT).matches(regex(like)));
	}

	private static String regex(String like) {
		StringBuilder regex = new StringBuilder();
		for (char c : like.toLowerCase(Locale.ROOT).toCharArray()) {
			regex.append((c == '%') ? ".*" : (c == '_') ? "." : Pattern.quote(String.valueOf(c)));
		}
		return regex.toString();
	}

	/** The page of a list the engine asked for. */
	static <T> List<T> page(List<T> all, Page page) {
		if (page == null) {
			return all;
		}
		int from = Math.min(page.getFirstResult(), all.size());
		int to = (int) Math.min((long) from + page.getMaxResults(), all.size());
		return all.subList(from, to);
	}

}
