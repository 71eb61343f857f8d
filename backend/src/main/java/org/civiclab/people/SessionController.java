package org.civiclab.people;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.civiclab.web.Problems;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The web app's sign-in: a session, begun with a new id (no fixation) and a new CSRF
 * token bound to it, ended on sign-out. Nobody has a session before signing in.
 */
@RestController
@RequestMapping("/api/session")
class SessionController {

	private final AuthenticationManager authentication;

	private final SecurityContextRepository contexts;

	private final CsrfTokenRepository csrfTokens;

	private final CurrentUsers currentUsers;

	private final ProviderSignOut providerSignOut;

	private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

	SessionController(AuthenticationManager authentication, SecurityContextRepository contexts,
			CsrfTokenRepository csrfTokens, CurrentUsers currentUsers, ProviderSignOut providerSignOut) {
		this.authentication = authentication;
		this.contexts = contexts;
		this.csrfTokens = csrfTokens;
		this.currentUsers = currentUsers;
		this.providerSignOut = providerSignOut;
	}

	record SignIn(@NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 200) String password) {
	}

	/**
	 * Read my session. The signed-in person and their roles; 401 without a session. The
	 * web app asks only when the readable {@code civiclab-signed-in} cookie is there: a
	 * hint, set on signing in and cleared on signing out, that grants nothing.
	 */
	@GetMapping
	CurrentUser current() {
		return this.currentUsers.current();
	}

	/**
	 * Sign in. Begins a session with a new id and a new CSRF token bound to it, returned
	 * in the XSRF-TOKEN cookie; send the token of the XSRF-TOKEN cookie in X-XSRF-TOKEN
	 * with it. Also sets the readable {@code civiclab-signed-in} cookie, a hint for the
	 * web app that someone is signed in. Too many failed sign-ins for a user answer 429
	 * for a while.
	 */
	@PostMapping
	CurrentUser signIn(@Valid @RequestBody SignIn signIn, HttpServletRequest request, HttpServletResponse response) {
		Authentication signedIn;
		UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken
			.unauthenticated(signIn.username(), signIn.password());
		attempt.setDetails(this.details.buildDetails(request));
		try {
			signedIn = this.authentication.authenticate(attempt);
		}
		catch (SignInRefused ex) {
			ErrorResponseException refused = Problems.tooManyRequests(
					(ex.minutes() == 1) ? "session.too-many-attempts.minute" : "session.too-many-attempts.minutes",
					ex.minutes());
			refused.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, ex.retryAfter().toSeconds())));
			throw refused;
		}
		catch (AuthenticationException ex) {
			throw Problems.unauthorized("session.wrong-password");
		}
		request.getSession();
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(signedIn);
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		// A new CSRF token, kept in the session from now on: the one from before is void.
		this.csrfTokens.saveToken(this.csrfTokens.generateToken(request), request, response);
		SignedInHint.set(request, response);
		return this.currentUsers.byUsername(signedIn.getName());
	}

	/** Where the browser goes on to end the identity provider's session as well. */
	record SignedOut(String providerSignOut) {
	}

	/**
	 * Sign out. Ends the session and clears the {@code civiclab-signed-in} cookie: 204,
	 * or 200 with the provider's sign-out address for someone who signed in through an
	 * identity provider that has one.
	 */
	@DeleteMapping
	ResponseEntity<SignedOut> signOut(HttpServletRequest request, HttpServletResponse response) {
		Optional<String> providerSignOut = this.providerSignOut
			.url(SecurityContextHolder.getContext().getAuthentication(), request);
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
		this.csrfTokens.saveToken(null, request, response);
		SignedInHint.clear(request, response);
		return providerSignOut.map((url) -> ResponseEntity.ok(new SignedOut(url)))
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

}
