package org.civiclab.people;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;

/**
 * The CSRF token, bound to the session of whoever signed in (docs/adr/0009). Before
 * signing in there is no session (nor should there be one), and the token is a
 * double-submit cookie: the sign-in form sends back in {@code X-XSRF-TOKEN} what the
 * {@code XSRF-TOKEN} cookie holds. Signing in gives a new token, kept in the session
 * (shared by every node through the database) and copied to the cookie for the web app to
 * read; from then on only the session's token counts, so a token planted in the cookie,
 * the one from before signing in or another session's is refused.
 */
final class SessionCsrfTokens implements CsrfTokenRepository {

	static final String ATTRIBUTE = SessionCsrfTokens.class.getName() + ".TOKEN";

	private final CookieCsrfTokenRepository cookie;

	SessionCsrfTokens() {
		this.cookie = CookieCsrfTokenRepository.withHttpOnlyFalse();
		this.cookie.setCookieCustomizer((cookie) -> cookie.sameSite("Lax"));
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return this.cookie.generateToken(request);
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		HttpSession session = signedInSession(request);
		if (session != null) {
			if (token != null) {
				session.setAttribute(ATTRIBUTE, token);
			}
			else {
				session.removeAttribute(ATTRIBUTE);
			}
		}
		this.cookie.saveToken(token, request, response);
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		HttpSession session = signedInSession(request);
		if (session != null) {
			return (CsrfToken) session.getAttribute(ATTRIBUTE);
		}
		return this.cookie.loadToken(request);
	}

	/**
	 * The request's session if someone signed in with it; not a session the cockpit or a
	 * single sign-on in progress began.
	 */
	private static HttpSession signedInSession(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null
				|| session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) == null) {
			return null;
		}
		return session;
	}

}
