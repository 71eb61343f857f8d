package org.civiclab.people;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.servlet.http.HttpServletRequest;

import org.civiclab.pipeline.CockpitAccounts;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The engine's cockpit signs in CivicLab's admins ({@link Administration#isAdmin}) with
 * their own password, through the same sign-in as the web app: the same hashes, the same
 * throttle for the same user and address, the same audit of failures (docs/adr/0027).
 * Anyone else, a deactivated admin included, does not exist for the cockpit.
 */
@Component
class CockpitAdmins implements CockpitAccounts {

	private final EntityManager entities;

	private final AuthenticationManager signIn;

	CockpitAdmins(EntityManager entities, AuthenticationManager signIn) {
		this.entities = entities;
		this.signIn = signIn;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Account> admins() {
		return this.entities
			.createQuery("select distinct p from Person p left join fetch p.roles where p.enabled = true"
					+ " and exists (select 1 from Person q join q.roles r where q.id = p.id and r in ?1)"
					+ " order by p.username", Person.class)
			.setParameter(1, List.of(Role.ADMIN, Role.REGION_ADMIN))
			.getResultList()
			.stream()
			.filter(CockpitAdmins::mayUseTheCockpit)
			.map(CockpitAdmins::account)
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Account> admin(String username) {
		return this.entities
			.createQuery("select p from Person p left join fetch p.roles where p.username = ?1", Person.class)
			.setParameter(1, username)
			.getResultStream()
			.findFirst()
			.filter(CockpitAdmins::mayUseTheCockpit)
			.map(CockpitAdmins::account);
	}

	/**
	 * Outside the engine's transaction: a refused sign-in (an unknown user, a throttled
	 * one) must not mark the engine's command for rollback.
	 */
	@Override
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public boolean checkPassword(String username, String password) {
		UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username,
				password);
		HttpServletRequest request = currentRequest();
		if (request != null) {
			attempt.setDetails(new WebAuthenticationDetails(request));
		}
		try {
			this.signIn.authenticate(attempt);
		}
		catch (AuthenticationException refused) {
			return false;
		}
		return admin(username).isPresent();
	}

	private static boolean mayUseTheCockpit(Person person) {
		return person.isActive() && Administration.isAdmin(CurrentUser.of(person));
	}

	private static Account account(Person person) {
		String name = person.getDisplayName().trim();
		int space = name.lastIndexOf(' ');
		return (space < 0) ? new Account(person.getUsername(), name, "", person.getEmail()) : new Account(
				person.getUsername(), name.substring(0, space), name.substring(space + 1), person.getEmail());
	}

	private static HttpServletRequest currentRequest() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				? attributes.getRequest() : null;
	}

}
