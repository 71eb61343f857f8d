package org.civiclab.pipeline;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The engine's users are CivicLab's admins (docs/adr/0027): its identity service reads
 * them through {@link CockpitAccounts}, read-only, and puts them in the group
 * {@value Groups#CAMUNDA_ADMIN}, which is granted everything, as the webapps' own set-up
 * grants its first administrator. There is no engine user of its own.
 */
@Component
class CockpitIdentity extends AbstractProcessEnginePlugin implements SessionFactory {

	private final ObjectProvider<CockpitAccounts> accounts;

	CockpitIdentity(ObjectProvider<CockpitAccounts> accounts) {
		this.accounts = accounts;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setIdentityProviderSessionFactory(this);
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		AuthorizationService authorizations = engine.getAuthorizationService();
		for (Resource resource : Resources.values()) {
			grantAllToAdmins(authorizations, resource);
		}
	}

	private static void grantAllToAdmins(AuthorizationService authorizations, Resource resource) {
		if (granted(authorizations, resource)) {
			return;
		}
		Authorization all = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		all.setGroupId(Groups.CAMUNDA_ADMIN);
		all.setResource(resource);
		all.setResourceId(Authorization.ANY);
		all.addPermission(Permissions.ALL);
		try {
			authorizations.saveAuthorization(all);
		}
		catch (ProcessEngineException ex) {
			// Another node starting at the same time granted it first.
			if (!granted(authorizations, resource)) {
				throw ex;
			}
		}
	}

	private static boolean granted(AuthorizationService authorizations, Resource resource) {
		return authorizations.createAuthorizationQuery()
			.groupIdIn(Groups.CAMUNDA_ADMIN)
			.resourceType(resource)
			.resourceId(Authorization.ANY)
			.count() > 0;
	}

	@Override
	public Class<?> getSessionType() {
		return ReadOnlyIdentityProvider.class;
	}

	@Override
	public Session openSession() {
		return new CockpitIdentityProvider(this.accounts.getObject());
	}

}
