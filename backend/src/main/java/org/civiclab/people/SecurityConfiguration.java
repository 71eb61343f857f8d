package org.civiclab.people;

import org.civiclab.web.ProblemAuthenticationHandlers;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.csrf.CsrfTokenRepository;

/**
 * Who may call what. The web app signs in with a session ({@code POST /api/session}) and
 * sends the CSRF token from the {@code XSRF-TOKEN} cookie with every change; API clients
 * may send HTTP Basic instead, which carries no ambient credentials and so needs no CSRF
 * token. The cockpit under {@code /camunda} keeps its own sign-in and CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	/**
	 * The web app's policy: its own scripts only, never inline; styles may be set by its
	 * components; not framed by anyone.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain api(HttpSecurity http, ProblemAuthenticationHandlers problems, CsrfTokenRepository csrfTokens,
			AuthenticationManager signIn, ObjectProvider<ClientRegistrationRepository> singleSignOn,
			OidcPeople oidcPeople, OidcProperties oidc) throws Exception {
		AuthenticationManager authentication = signIn;
		if (singleSignOn.getIfAvailable() != null) {
			// Single sign-on, when a client is registered (docs/adr/0015): the sign-in
			// page sends people to /oauth2/authorization/civiclab and gets them back
			// signed in, or on the sign-in page with the reason they were not.
			authentication = OidcSignIn.before(signIn, oidcPeople, oidc);
			http.oauth2Login((login) -> login.defaultSuccessUrl("/", true).failureUrl("/sign-in?sso=refused"));
		}
		return http.authenticationManager(authentication)
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.POST, "/api/session")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/api/session/demo-users", "/api/session/providers")
				.permitAll()
				// The public portfolio's open data needs no sign-in (docs/adr/0019).
				.requestMatchers(HttpMethod.GET, "/api/open/**")
				.permitAll()
				.requestMatchers("/api/**")
				.authenticated()
				.requestMatchers("/actuator/health/**", "/actuator/info")
				.permitAll()
				.requestMatchers("/actuator/**")
				.denyAll()
				// Off unless spring.h2.console.enabled is set; then for admins only.
				.requestMatchers("/h2-console/**")
				.hasRole(Role.ADMIN.name())
				.anyRequest()
				.permitAll())
			.httpBasic((basic) -> basic.authenticationEntryPoint(problems))
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens)
				.csrfTokenRequestHandler(new SinglePageAppCsrfHandler())
				.ignoringRequestMatchers("/camunda/**")
				.ignoringRequestMatchers((request) -> request.getHeader(HttpHeaders.AUTHORIZATION) != null))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.headers((headers) -> headers.contentTypeOptions(Customizer.withDefaults())
				.frameOptions((frames) -> frames.deny())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.httpStrictTransportSecurity((hsts) -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
				// The cockpit sends its own policy, made for its scripts.
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
						new NegatedRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/camunda/**")),
						new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY))))
			.build();
	}

}
