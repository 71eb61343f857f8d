package org.civiclab.people;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseCookie;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The readable {@code civiclab-signed-in} cookie, a hint for the web app that someone may
 * be signed in with this browser (docs/adr/0034): without it the app does not ask
 * {@code GET /api/session}, whose 401 every anonymous page would otherwise log. It holds
 * nothing secret ({@code 1}) and grants nothing: the session cookie stays HttpOnly and
 * decides. Set on signing in, cleared on signing out, and put in step with the session on
 * every page load (a GET that accepts HTML), so a sign-in through an identity provider
 * sets it and an expired session clears it before the app starts. Ordered after Spring
 * Session and Spring Security, before the forwarding of app routes to the page.
 */
@Component
@Order(0)
final class SignedInHint extends OncePerRequestFilter {

	static final String COOKIE = "civiclab-signed-in";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isPageLoad(request)) {
			boolean hinted = hinted(request);
			boolean signedIn = signedIn(request);
			if (signedIn && !hinted) {
				set(request, response);
			}
			else if (hinted && !signedIn) {
				clear(request, response);
			}
		}
		chain.doFilter(request, response);
	}

	static void set(HttpServletRequest request, HttpServletResponse response) {
		response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, "1", null).toString());
	}

	static void clear(HttpServletRequest request, HttpServletResponse response) {
		response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, "", Duration.ZERO).toString());
	}

	private static ResponseCookie cookie(HttpServletRequest request, String value, Duration maxAge) {
		ResponseCookie.ResponseCookieBuilder cookie = ResponseCookie.from(COOKIE, value)
			.path("/")
			.httpOnly(false)
			.secure(request.isSecure())
			.sameSite("Lax");
		return (maxAge != null) ? cookie.maxAge(maxAge).build() : cookie.build();
	}

	private static boolean isPageLoad(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return HttpMethod.GET.matches(request.getMethod()) && accept != null && accept.contains("text/html");
	}

	private static boolean hinted(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (COOKIE.equals(cookie.getName())) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * A session someone signed in with; not one the cockpit or a single sign-on in
	 * progress began.
	 */
	private static boolean signedIn(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session != null
				&& session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null;
	}

}
