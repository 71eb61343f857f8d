package org.civiclab.pipeline;

import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.TenantQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/**
 * The engine's group query: the one group of CivicLab's admins, which has every admin as
 * a member.
 */
final class CockpitGroupQuery extends GroupQueryImpl {

	CockpitGroupQuery() {
	}

	CockpitGroupQuery(CommandExecutor executor) {
		super(executor);
	}

	@Override
	public long executeCount(CommandContext commandContext) {
		return matching(commandContext).size();
	}

	@Override
	public List<Group> executeList(CommandContext commandContext, Page page) {
		return CockpitUserQuery.page(matching(commandContext), page);
	}

	private List<Group> matching(CommandContext commandContext) {
		Group admins = CockpitIdentityProvider.admins();
		boolean matches = (this.id == null || this.id.equals(admins.getId()))
				&& (this.ids == null || Arrays.asList(this.ids).contains(admins.getId()))
				&& CockpitUserQuery.matches(this.name, this.nameLike, admins.getName())
				&& (this.type == null || this.type.equals(admins.getType())) && this.tenantId == null
				&& this.procDefId == null;
		if (matches && this.userId != null) {
			matches = ((CockpitIdentityProvider) commandContext.getReadOnlyIdentityProvider()).isAdmin(this.userId);
		}
		return matches ? List.of(admins) : List.of();
	}

	/** The engine's tenant query: CivicLab uses none of the engine's tenants. */
	static final class NoTenants extends TenantQueryImpl {

		NoTenants() {
		}

		NoTenants(CommandExecutor executor) {
			super(executor);
		}

		@Override
		public long executeCount(CommandContext commandContext) {
			return 0;
		}

		@Override
		public List<Tenant> executeList(CommandContext commandContext, Page page) {
			return List.of();
		}

	}

}
