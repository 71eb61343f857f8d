package org.civiclab.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No request body larger than {@value #LIMIT} bytes (1 MB) is read: one that says so in
 * its {@code Content-Length} is answered 413 before anything else happens, sign-in
 * included; one that comes in chunks is cut off where it passes the limit, and answered
 * 413 as well ({@link ApiExceptionHandler}). The largest text CivicLab takes is a few
 * thousand characters; Tomcat refuses form posts over the same size
 * ({@code server.tomcat.max-http-form-post-size}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 50)
class RequestSizeLimit extends OncePerRequestFilter {

	static final long LIMIT = 1024 * 1024;

	/** The message code of the refusal ({@code messages.properties}). */
	static final String CODE = "request.too-large";

	static final String DETAIL = ProblemMessages.english(CODE, java.util.List.of());

	private final ProblemAuthenticationHandlers problems;

	RequestSizeLimit(ProblemAuthenticationHandlers problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > LIMIT) {
			this.problems.tooLarge(request, response);
			return;
		}
		chain.doFilter(new Limited(request), response);
	}

	/** A body read past the limit. */
	static final class TooLarge extends IOException {

		TooLarge() {
			super(DETAIL);
		}

	}

	private static final class Limited extends HttpServletRequestWrapper {

		private ServletInputStream limited;

		Limited(HttpServletRequest request) {
			super(request);
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.limited == null) {
				this.limited = new CountingStream(super.getInputStream());
			}
			return this.limited;
		}

	}

	private static final class CountingStream extends ServletInputStream {

		private final ServletInputStream in;

		private long read;

		CountingStream(ServletInputStream in) {
			this.in = in;
		}

		@Override
		public int read() throws IOException {
			int b = this.in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = this.in.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws TooLarge {
			this.read += n;
			if (this.read > LIMIT) {
				throw new TooLarge();
			}
		}

		@Override
		public boolean isFinished() {
			return this.in.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.in.setReadListener(listener);
		}

	}

}
