package org.civiclab.database;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

import org.springframework.stereotype.Component;

/**
 * A deadlock that the database detects and resolves, by rolling one of the transactions
 * back, is contention like an optimistic-locking conflict (issue 13, point 8): the
 * request answers 409 or the engine's job executor runs the job again. The engine logs it
 * at ERROR all the same ({@code ENGINE-16004}), which would wake an operator on a busy
 * morning; this logs every ERROR line whose exception was caused by such a deadlock at
 * WARN instead, message and stack trace unchanged. Every other line stays as it is.
 */
@Component
class DeadlocksAreContention extends TurboFilter {

	private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();

	@PostConstruct
	void register() {
		start();
		this.context.addTurboFilter(this);
	}

	@PreDestroy
	void unregister() {
		this.context.getTurboFilterList().remove(this);
		stop();
	}

	@Override
	public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
		if (level != Level.ERROR || !isStarted()) {
			return FilterReply.NEUTRAL;
		}
		Throwable thrown = (t != null) ? t : lastThrowable(params);
		if (thrown == null || !Contention.causedBy(thrown)) {
			return FilterReply.NEUTRAL;
		}
		if (t != null) {
			logger.warn(marker, format, t);
		}
		else {
			logger.warn(marker, format, params);
		}
		return FilterReply.DENY;
	}

	private static Throwable lastThrowable(Object[] params) {
		if (params != null && params.length > 0 && params[params.length - 1] instanceof Throwable thrown) {
			return thrown;
		}
		return null;
	}

}
