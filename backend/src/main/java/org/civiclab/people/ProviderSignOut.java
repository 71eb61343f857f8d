package org.civiclab.people;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Signing out of the identity provider too (OpenID Connect RP-initiated logout,
 * docs/adr/0015): for someone who signed in through a provider that names an
 * {@code end_session_endpoint}, the address the browser visits to end that session,
 * coming back to CivicLab's sign-in page. Nothing for password sign-ins.
 */
@Component
class ProviderSignOut {

	private final ObjectProvider<ClientRegistrationRepository> registrations;

	ProviderSignOut(ObjectProvider<ClientRegistrationRepository> registrations) {
		this.registrations = registrations;
	}

	Optional<String> url(Authentication signedIn, HttpServletRequest request) {
		ClientRegistrationRepository repository = this.registrations.getIfAvailable();
		if (repository == null || !(signedIn instanceof OAuth2AuthenticationToken token)
				|| !(token.getPrincipal() instanceof OidcUser user)) {
			return Optional.empty();
		}
		ClientRegistration client = repository.findByRegistrationId(token.getAuthorizedClientRegistrationId());
		Object endpoint = (client != null)
				? client.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint") : null;
		if (endpoint == null) {
			return Optional.empty();
		}
		String signInPage = ServletUriComponentsBuilder.fromContextPath(request).path("/sign-in").toUriString();
		return Optional.of(UriComponentsBuilder.fromUriString(endpoint.toString())
			.queryParam("id_token_hint", user.getIdToken().getTokenValue())
			.queryParam("post_logout_redirect_uri", signInPage)
			.encode()
			.toUriString());
	}

}
