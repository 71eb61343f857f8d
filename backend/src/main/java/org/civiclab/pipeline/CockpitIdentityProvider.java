package org.civiclab.pipeline;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * The engine's identity service over CivicLab's admins, for one engine command: every
 * admin is a user, all of them in the one group {@value Groups#CAMUNDA_ADMIN}; there are
 * no tenants. Nothing is written.
 */
final class CockpitIdentityProvider implements ReadOnlyIdentityProvider {

	static final String ADMINS_NAME = "CivicLab admins";

	private final CockpitAccounts accounts;

	CockpitIdentityProvider(CockpitAccounts accounts) {
		this.accounts = accounts;
	}

	/** Every admin as the engine's user. */
	List<User> users() {
		return this.accounts.admins().stream().map(CockpitIdentityProvider::user).toList();
	}

	/** The group every admin is in, or none if there is no admin. */
	static Group admins() {
		GroupEntity group = new GroupEntity(Groups.CAMUNDA_ADMIN);
		group.setName(ADMINS_NAME);
		group.setType(Groups.GROUP_TYPE_SYSTEM);
		return group;
	}

	private static User user(CockpitAccounts.Account account) {
		UserEntity user = new UserEntity(account.username());
		user.setFirstName(account.firstName());
		user.setLastName(account.lastName());
		user.setEmail(account.email());
		return user;
	}

	/** Whether this user is an admin (and so in the admins' group). */
	boolean isAdmin(String username) {
		return username != null && this.accounts.admin(username).isPresent();
	}

	@Override
	public User findUserById(String userId) {
		return (userId == null) ? null : this.accounts.admin(userId).map(CockpitIdentityProvider::user).orElse(null);
	}

	@Override
	public UserQuery createUserQuery() {
		return new CockpitUserQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
	}

	@Override
	public UserQuery createUserQuery(CommandContext commandContext) {
		return new CockpitUserQuery();
	}

	@Override
	public NativeUserQuery createNativeUserQuery() {
		throw new BadUserRequestException("CivicLab's people are not in the engine's tables (docs/adr/0027)");
	}

	@Override
	public boolean checkPassword(String userId, String password) {
		return userId != null && password != null && this.accounts.checkPassword(userId, password);
	}

	@Override
	public Group findGroupById(String groupId) {
		return Groups.CAMUNDA_ADMIN.equals(groupId) ? admins() : null;
	}

	@Override
	public GroupQuery createGroupQuery() {
		return new CockpitGroupQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
	}

	@Override
	public GroupQuery createGroupQuery(CommandContext commandContext) {
		return new CockpitGroupQuery();
	}

	@Override
	public Tenant findTenantById(String tenantId) {
		return null;
	}

	@Override
	public TenantQuery createTenantQuery() {
		return new CockpitGroupQuery.NoTenants(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
	}

	@Override
	public TenantQuery createTenantQuery(CommandContext commandContext) {
		return new CockpitGroupQuery.NoTenants();
	}

	@Override
	public void flush() {
	}

	@Override
	public void close() {
	}

}
