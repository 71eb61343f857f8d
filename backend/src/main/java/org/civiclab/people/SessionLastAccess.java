package org.civiclab.people;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The sessions' repository, writing a session's last access at most once a minute: Spring
 * Session otherwise updates its row on every request, reads too, and each of those
 * commits grows the H2 file by tens of kilobytes until H2 takes the space back
 * (docs/reliability.md, finding 12). A session may so end up to a minute before its 30
 * idle minutes are over; nothing else changes: new attributes, a new id and sign-out are
 * written as before.
 * <p>
 * Two round trips of every signed-in request are saved as well (issue 21, profiled on the
 * gate decisions): a session nothing was changed in is not saved (Spring Session opened a
 * transaction to write nothing), and the filter's reading of the session again right
 * after saving it, to see whether the id the request came with is still valid, is
 * answered with the session just saved, on that thread, within that request
 * ({@link #forgetSaved()} when it ends). The first holds only while attributes are saved
 * when they are set (Spring Session's default save mode), so it is off with any other.
 */
final class SessionLastAccess implements FindByIndexNameSessionRepository<SessionLastAccess.Coarse> {

	static final Duration PRECISION = Duration.ofMinutes(1);

	/** The session this thread saved last in the request it serves, if any. */
	private static final ThreadLocal<Coarse> SAVED = new ThreadLocal<>();

	private final FindByIndexNameSessionRepository<Session> sessions;

	private final boolean skipUnchanged;

	SessionLastAccess(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this(sessions, true);
	}

	/**
	 * @param skipUnchanged whether a session nothing was set in needs no saving: true
	 * only where attributes are saved when set
	 */
	@SuppressWarnings("unchecked")
	SessionLastAccess(FindByIndexNameSessionRepository<? extends Session> sessions, boolean skipUnchanged) {
		this.sessions = (FindByIndexNameSessionRepository<Session>) sessions;
		this.skipUnchanged = skipUnchanged;
	}

	/** Forgets the session this thread saved; at the end of each request. */
	static void forgetSaved() {
		SAVED.remove();
	}

	@Override
	public Coarse createSession() {
		Coarse created = new Coarse(this.sessions.createSession());
		created.changed = true;
		return created;
	}

	@Override
	public void save(Coarse session) {
		SAVED.remove();
		if (session.changed || !this.skipUnchanged) {
			this.sessions.save(session.session);
			session.changed = false;
		}
		SAVED.set(session);
	}

	@Override
	public Coarse findById(String id) {
		Coarse saved = SAVED.get();
		SAVED.remove();
		if (saved != null && saved.getId().equals(id) && !saved.isExpired()) {
			return saved;
		}
		Session found = this.sessions.findById(id);
		return (found != null) ? new Coarse(found) : null;
	}

	@Override
	public void deleteById(String id) {
		SAVED.remove();
		this.sessions.deleteById(id);
	}

	@Override
	public Map<String, Coarse> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		return this.sessions.findByIndexNameAndIndexValue(indexName, indexValue)
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> new Coarse(entry.getValue())));
	}

	/**
	 * A session whose last access moves only when a minute has passed since the one
	 * stored.
	 */
	static final class Coarse implements Session {

		private final Session session;

		/** Whether anything was set since it was read or saved. */
		private boolean changed;

		Coarse(Session session) {
			this.session = session;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (!lastAccessedTime.isBefore(this.session.getLastAccessedTime().plus(PRECISION))) {
				this.session.setLastAccessedTime(lastAccessedTime);
				this.changed = true;
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.session.getLastAccessedTime();
		}

		@Override
		public String getId() {
			return this.session.getId();
		}

		@Override
		public String changeSessionId() {
			this.changed = true;
			return this.session.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return this.session.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.session.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.changed = true;
			this.session.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.changed = true;
			this.session.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.session.getCreationTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.changed = true;
			this.session.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.session.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.session.isExpired();
		}

	}

}
