package org.civiclab.people;

import java.util.Objects;
import java.util.Set;

/**
 * Who administers what (docs/product.md, "Admin"): an organisation's admin manages that
 * organisation's people, lists and settings; a region's admin manages every organisation
 * of the installation. Everything else asks this, never the roles directly. To anyone
 * else, another organisation's people and lists answer as if they did not exist.
 */
public final class Administration {

	private Administration() {
	}

	/** Whether the person administers anything at all (the admin pages are theirs). */
	public static boolean isAdmin(CurrentUser user) {
		return user.has(Role.ADMIN) || user.has(Role.REGION_ADMIN);
	}

	/** Whether the person administers this organisation. */
	public static boolean administers(CurrentUser user, Long organisationId) {
		return user.has(Role.REGION_ADMIN)
				|| (user.has(Role.ADMIN) && Objects.equals(user.organisationId(), organisationId));
	}

	/**
	 * Whether the person administers the installation itself: every organisation, and
	 * what they share (the process model's versions, new organisations).
	 */
	public static boolean administersInstallation(CurrentUser user) {
		return user.has(Role.REGION_ADMIN);
	}

	/**
	 * Whether the person may change or deactivate someone of this organisation with these
	 * roles: a region's admin is managed by a region's admin only.
	 */
	public static boolean manages(CurrentUser user, Long organisationId, Set<Role> roles) {
		return administers(user, organisationId)
				&& (!roles.contains(Role.REGION_ADMIN) || administersInstallation(user));
	}

	/**
	 * Whether the person may give someone of this organisation these roles instead of the
	 * ones they have: only a region's admin gives or takes a region's admin role.
	 */
	public static boolean maySetRoles(CurrentUser user, Long organisationId, Set<Role> before, Set<Role> after) {
		return manages(user, organisationId, before)
				&& (after.contains(Role.REGION_ADMIN) == before.contains(Role.REGION_ADMIN)
						|| administersInstallation(user));
	}

}
