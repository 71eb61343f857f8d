package org.civiclab.people;

import java.util.Collection;
import java.util.List;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Signs in a person the identity provider vouches for: their groups become roles and an
 * organisation, and their person record is created or updated. The signed-in principal's
 * name is their CivicLab username, so everything else works as for password sign-in.
 */
class OidcSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OidcUserService provider = new OidcUserService();

	private final OidcPeople people;

	private final OidcProperties properties;

	OidcSignIn(OidcPeople people, OidcProperties properties) {
		this.people = people;
		this.properties = properties;
	}

	/**
	 * An authentication manager that signs in with the identity provider and hands
	 * everything else (passwords) to the given one.
	 */
	static AuthenticationManager before(AuthenticationManager passwords, OidcPeople people, OidcProperties properties) {
		return new ProviderManager(
				List.of(new OidcAuthorizationCodeAuthenticationProvider(
						new RestClientAuthorizationCodeTokenResponseClient(), new OidcSignIn(people, properties))),
				passwords);
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
		OidcUser user = this.provider.loadUser(request);
		Person person = this.people.signedIn(user.getClaimAsString(this.properties.usernameClaim()), user.getFullName(),
				user.getEmail(), groups(user.getClaims().get(this.properties.groupsClaim())));
		List<SimpleGrantedAuthority> authorities = person.getRoles()
			.stream()
			.map((role) -> new SimpleGrantedAuthority("ROLE_" + role.name()))
			.toList();
		return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), this.properties.usernameClaim());
	}

	private static List<String> groups(Object claim) {
		if (claim instanceof Collection<?> groups) {
			return groups.stream().map(String::valueOf).toList();
		}
		return (claim != null) ? List.of(String.valueOf(claim)) : List.of();
	}

}
