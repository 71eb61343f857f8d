package org.civiclab.people;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.civiclab.web.ProblemAuthenticationHandlers;

import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request by the personal access token in its {@code Authorization:
 * Bearer} header, and by nothing else: an unknown, expired or revoked token, or one whose
 * person was deactivated, is a 401; a write with a read-only token, or anything but SCIM
 * with a SCIM token, is a 403. Not a bean: it belongs to the token chain of
 * {@link SecurityConfiguration} alone.
 */
final class AccessTokenFilter extends OncePerRequestFilter {

	private static final String SCHEME = "Bearer ";

	private final AccessTokens tokens;

	private final ProblemAuthenticationHandlers problems;

	private final SecurityContextRepository contexts = new RequestAttributeSecurityContextRepository();

	AccessTokenFilter(AccessTokens tokens, ProblemAuthenticationHandlers problems) {
		this.tokens = tokens;
		this.problems = problems;
	}

	/** Whether the request carries a personal access token (a valid one or not). */
	static boolean carriesAccessToken(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && StringUtils.startsWithIgnoreCase(header.strip(), SCHEME)
				&& header.strip().substring(SCHEME.length()).strip().startsWith(AccessTokens.PREFIX);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String secret = request.getHeader(HttpHeaders.AUTHORIZATION).strip().substring(SCHEME.length()).strip();
		Optional<AccessTokens.Bearer> bearer = this.tokens.authenticate(secret);
		if (bearer.isEmpty()) {
			this.problems.commence(request, response,
					new BadCredentialsException("Unknown, expired or revoked access token"));
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!bearer.get().scope().allows(request.getMethod(), path)) {
			this.problems.handle(request, response,
					new AccessDeniedException("The access token's scope does not cover this request"));
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new AccessTokenAuthentication(bearer.get()));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		chain.doFilter(request, response);
	}

}
