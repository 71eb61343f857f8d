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
 */
final class SessionLastAccess implements FindByIndexNameSessionRepository<SessionLastAccess.Coarse> {

	static final Duration PRECISION = Duration.ofMinutes(1);

	private final FindByIndexNameSessionRepository<Session> sessions;

	@SuppressWarnings("unchecked")
	SessionLastAccess(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = (FindByIndexNameSessionRepository<Session>) sessions;
	}

	@Override
	public Coarse createSession() {
		return new Coarse(this.sessions.createSession());
	}

	@Override
	public void save(Coarse session) {
		this.sessions.save(session.session);
	}

	@Override
	public Coarse findById(String id) {
		Session found = this.sessions.findById(id);
		return (found != null) ? new Coarse(found) : null;
	}

	@Override
	public void deleteById(String id) {
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

		Coarse(Session session) {
			this.session = session;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (!lastAccessedTime.isBefore(this.session.getLastAccessedTime().plus(PRECISION))) {
				this.session.setLastAccessedTime(lastAccessedTime);
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
			this.session.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.session.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.session.getCreationTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
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
