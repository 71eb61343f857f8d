package org.civiclab.people;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes the person behind a single sign-on: created on their first sign-in, their name,
 * e-mail, organisation and roles brought up to date from the identity provider on every
 * one after (docs/adr/0015).
 */
@Component
class OidcPeople {

	/**
	 * Not a BCrypt hash: a person who signs in with the identity provider has no
	 * password.
	 */
	static final String NO_PASSWORD = "-";

	private final PersonRepository people;

	private final OrganisationRepository organisations;

	private final OidcProperties properties;

	OidcPeople(PersonRepository people, OrganisationRepository organisations, OidcProperties properties) {
		this.people = people;
		this.organisations = organisations;
		this.properties = properties;
	}

	@Transactional
	Person signedIn(String username, String displayName, String email, Collection<String> groups) {
		if (username == null || username.isBlank() || username.length() > 100) {
			throw refused("The identity provider sent no usable " + this.properties.usernameClaim());
		}
		Set<Role> roles = groups.stream()
			.map(this.properties.roleMapping()::get)
			.filter((role) -> role != null)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
		if (roles.isEmpty()) {
			roles.add(Role.INTRAPRENEUR);
		}
		String organisationName = groups.stream()
			.map(this.properties.organisationMapping()::get)
			.filter((name) -> name != null)
			.sorted()
			.findFirst()
			.orElseThrow(() -> refused("None of " + username + "'s groups names an organisation"));
		Organisation organisation = this.organisations.findByName(organisationName)
			.orElseGet(() -> this.organisations.save(new Organisation(organisationName)));
		String name = (displayName != null && !displayName.isBlank()) ? displayName : username;
		Person person = this.people.findByUsername(username)
			.orElseGet(() -> new Person(username, NO_PASSWORD, name, organisation, null, roles));
		person.update(name, email, organisation, roles);
		return this.people.save(person);
	}

	private static OAuth2AuthenticationException refused(String why) {
		return new OAuth2AuthenticationException(new OAuth2Error("access_denied", why, null));
	}

}
