package org.civiclab.people;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the identity provider's claims become a CivicLab person (docs/adr/0015). Single
 * sign-on itself is switched on by registering a client under
 * {@code spring.security.oauth2.client.registration.civiclab}.
 *
 * @param usernameClaim the claim that is the person's username (unique, stable)
 * @param groupsClaim the claim that lists the person's groups
 * @param roleMapping group → role; a person with no mapped group is an intrapreneur
 * @param organisationMapping group → organisation name; a person with no mapped group may
 * not sign in
 */
@ConfigurationProperties("civiclab.oidc")
record OidcProperties(String usernameClaim, String groupsClaim, Map<String, Role> roleMapping,
		Map<String, String> organisationMapping) {

	OidcProperties {
		usernameClaim = (usernameClaim != null) ? usernameClaim : "preferred_username";
		groupsClaim = (groupsClaim != null) ? groupsClaim : "groups";
		roleMapping = (roleMapping != null) ? Map.copyOf(roleMapping) : Map.of();
		organisationMapping = (organisationMapping != null) ? Map.copyOf(organisationMapping) : Map.of();
	}

}
