package org.civiclab.people;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The identity providers one may sign in with (single sign-on, docs/adr/0015): none
 * unless a client is registered. The sign-in page shows a button for each, which starts
 * the provider's sign-in at {@code url}.
 */
@RestController
class SignInProvidersController {

	record SignInProvider(String id, String name, String url) {
	}

	private final List<SignInProvider> providers;

	SignInProvidersController(ObjectProvider<ClientRegistrationRepository> registrations) {
		// Spring Boot registers the clients of spring.security.oauth2.client in memory,
		// and that repository lists them.
		List<SignInProvider> registered = new ArrayList<>();
		if (registrations.getIfAvailable() instanceof Iterable<?> clients) {
			for (Object each : clients) {
				ClientRegistration client = (ClientRegistration) each;
				registered.add(new SignInProvider(client.getRegistrationId(), client.getClientName(),
						OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI + "/"
								+ client.getRegistrationId()));
			}
		}
		this.providers = List.copyOf(registered);
	}

	/**
	 * List sign-in providers. The identity providers one may sign in with (single
	 * sign-on): none unless a client is registered; the sign-in page shows a button for
	 * each.
	 */
	@GetMapping("/api/session/providers")
	List<SignInProvider> providers() {
		return this.providers;
	}

}
