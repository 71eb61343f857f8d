package org.civiclab.people;

import org.civiclab.web.ProblemAuthenticationHandlers;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.StringUtils;

/**
 * Who may call what (docs/adr/0009). The web app signs in with a session
 * ({@code POST /api/session}) and sends the CSRF token bound to it with every change; API
 * clients may send HTTP Basic instead: such a request is authenticated by its credentials
 * alone, which a browser never adds by itself, and so needs no CSRF token; so may a
 * personal access token ({@code Authorization: Bearer clt_...}, docs/adr/0024). Any other
 * {@code Authorization} header excuses nothing. The cockpit under {@code /camunda} keeps
 * its own sign-in and CSRF protection.
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

	/**
	 * Requests that carry a personal access token (docs/adr/0024): authenticated by the
	 * token alone, with one lookup of its hash, never by a session cookie that comes with
	 * them, so they need no CSRF token; an unknown, expired or revoked token is a 401, a
	 * write with a read-only one a 403. Nothing is stored between requests.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain accessToken(HttpSecurity http, ProblemAuthenticationHandlers problems, AccessTokens tokens)
			throws Exception {
		http.securityMatcher(AccessTokenFilter::carriesAccessToken)
			.addFilterAt(new AccessTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(
					(context) -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache((cache) -> cache.requestCache(new NullRequestCache()))
			.csrf((csrf) -> csrf.disable());
		return common(http, problems).build();
	}

	/**
	 * Requests that carry HTTP Basic credentials (scripts, tests): authenticated by those
	 * credentials alone, never by a session cookie that comes with them, so they need no
	 * CSRF token; wrong or garbled credentials are a 401. Nothing is stored between
	 * requests.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain basic(HttpSecurity http, ProblemAuthenticationHandlers problems, AuthenticationManager signIn)
			throws Exception {
		http.securityMatcher(SecurityConfiguration::carriesBasicCredentials)
			.authenticationManager(signIn)
			.httpBasic((basic) -> basic.authenticationEntryPoint(problems))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(
					(context) -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache((cache) -> cache.requestCache(new NullRequestCache()))
			.csrf((csrf) -> csrf.disable());
		return common(http, problems).build();
	}

	/**
	 * Everything else: the web app's session (begun only by signing in), single sign-on
	 * when configured, and a CSRF token on every change but the cockpit's, which has its
	 * own. No request is saved for after a sign-in: that would give every anonymous
	 * request a session.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain browser(HttpSecurity http, ProblemAuthenticationHandlers problems,
			CsrfTokenRepository csrfTokens, AuthenticationManager signIn,
			ObjectProvider<ClientRegistrationRepository> singleSignOn, OidcPeople oidcPeople, OidcProperties oidc)
			throws Exception {
		AuthenticationManager authentication = signIn;
		if (singleSignOn.getIfAvailable() != null) {
			// Single sign-on, when a client is registered (docs/adr/0015): the sign-in
			// page sends people to /oauth2/authorization/civiclab and gets them back
			// signed in, or on the sign-in page with the reason they were not.
			authentication = OidcSignIn.before(signIn, oidcPeople, oidc);
			http.oauth2Login((login) -> login.defaultSuccessUrl("/", true).failureUrl("/sign-in?sso=refused"));
		}
		http.authenticationManager(authentication)
			.requestCache((cache) -> cache.requestCache(new NullRequestCache()))
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens)
				.csrfTokenRequestHandler(new SinglePageAppCsrfHandler())
				.ignoringRequestMatchers("/camunda/**"));
		return common(http, problems).build();
	}

	/** What both chains share: who may call what, problem details, headers. */
	private static HttpSecurity common(HttpSecurity http, ProblemAuthenticationHandlers problems) throws Exception {
		return http
			.authorizeHttpRequests((requests) -> requests.requestMatchers(publicRequests())
				.permitAll()
				.requestMatchers("/api/**")
				.authenticated()
				// Directory provisioning: a SCIM token only (docs/adr/0025).
				.requestMatchers(AccessTokenScope.SCIM_PATHS + "**")
				.hasAuthority(AccessTokenScope.SCIM_AUTHORITY)
				.requestMatchers("/actuator/health/**", "/actuator/info")
				.permitAll()
				.requestMatchers("/actuator/**")
				.denyAll()
				// Off unless spring.h2.console.enabled is set; then for admins only, an
				// organisation's or a region's (Administration.isAdmin).
				.requestMatchers("/h2-console/**")
				.hasAnyRole(Role.ADMIN.name(), Role.REGION_ADMIN.name())
				.anyRequest()
				.permitAll())
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.headers((headers) -> headers.contentTypeOptions(Customizer.withDefaults())
				.frameOptions((frames) -> frames.deny())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.httpStrictTransportSecurity((hsts) -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
				// The cockpit sends its own policy, made for its scripts.
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
						new NegatedRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/camunda/**")),
						new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY))));
	}

	/** The API's requests that need no sign-in ({@link PublicRequests}). */
	private static RequestMatcher[] publicRequests() {
		return PublicRequests.ALL.stream()
			.map((request) -> PathPatternRequestMatcher.withDefaults().matcher(request.method(), request.pattern()))
			.toArray(RequestMatcher[]::new);
	}

	/**
	 * Whether the request carries HTTP Basic credentials, as Spring Security's
	 * {@code BasicAuthenticationConverter} reads them (garbled ones included: they are
	 * refused there).
	 */
	static boolean carriesBasicCredentials(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && StringUtils.startsWithIgnoreCase(header.trim(), "Basic");
	}

}
