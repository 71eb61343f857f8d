package org.civiclab.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets deep links such as {@code /board} or {@code /ideas/42} reach the single-page app:
 * a GET for a path that is neither a file nor one of the server's own areas is forwarded
 * to {@code /index.html}, where the app's router takes over.
 */
@Component
class SinglePageAppForwardingFilter extends OncePerRequestFilter {

	/** Path prefixes the server answers itself; never forwarded to the app. */
	static final List<String> SERVER_PATHS = List.of("/api", "/camunda", "/engine-rest", "/actuator", "/v3/api-docs",
			"/swagger-ui", "/h2-console", "/error", "/oauth2", "/login/oauth2", "/scim");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (isAppRoute(request.getMethod(), path)) {
			request.getRequestDispatcher("/index.html").forward(request, response);
			return;
		}
		chain.doFilter(request, response);
	}

	static boolean isAppRoute(String method, String path) {
		if (!HttpMethod.GET.matches(method) || path.equals("/") || path.contains(".")) {
			return false;
		}
		return SERVER_PATHS.stream().noneMatch((prefix) -> path.equals(prefix) || path.startsWith(prefix + "/"));
	}

}
