package org.civiclab.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Answers "not signed in" and "not allowed" from the security filters, and "too large"
 * from {@link RequestSizeLimit}, as ProblemDetails, like every other error of the API.
 */
@Component
public class ProblemAuthenticationHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final ObjectMapper json;

	private final MessageSource messages;

	ProblemAuthenticationHandlers(ObjectMapper json, MessageSource messages) {
		this.json = json;
		this.messages = messages;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		write(request, response, Problems.unauthorized("session.sign-in-needed"));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		write(request, response, Problems.forbidden("access.denied"));
	}

	/**
	 * A request body over the limit ({@link RequestSizeLimit}), refused before it is
	 * read.
	 */
	void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
		write(request, response, Problems.tooLarge(RequestSizeLimit.CODE));
	}

	private void write(HttpServletRequest request, HttpServletResponse response, ErrorResponseException ex)
			throws IOException {
		ProblemDetail problem = ProblemMessages.localize(ex, this.messages, ProblemMessages.localeOf(request));
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		this.json.writeValue(response.getOutputStream(), problem);
	}

}
