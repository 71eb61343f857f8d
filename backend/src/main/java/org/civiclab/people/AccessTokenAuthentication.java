package org.civiclab.people;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request authenticated by a personal access token: its person, with their roles (a
 * SCIM token: only the right to provision), and the token's scope.
 */
final class AccessTokenAuthentication extends AbstractAuthenticationToken {

	private final AccessTokens.Bearer bearer;

	AccessTokenAuthentication(AccessTokens.Bearer bearer) {
		// A directory's SCIM token acts for no one: it may provision, and only that.
		super((bearer.scope() == AccessTokenScope.SCIM)
				? List.of(new SimpleGrantedAuthority(AccessTokenScope.SCIM_AUTHORITY))
				: bearer.roles().stream().map((role) -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList());
		this.bearer = bearer;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public Object getPrincipal() {
		return this.bearer.username();
	}

	@Override
	public String getName() {
		return this.bearer.username();
	}

	AccessTokenScope scope() {
		return this.bearer.scope();
	}

}
