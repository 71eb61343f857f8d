package org.civiclab.people;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * The sessions a person is signed in with, on every node (they live in the database,
 * docs/adr/0016). Ending them signs the person out everywhere at once: their next request
 * is a 401.
 */
@Component
public class SignedInSessions {

	private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

	SignedInSessions(ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
		this.sessions = sessions;
	}

	/** Ends every session of this person; how many there were. */
	public int endAllOf(String username) {
		FindByIndexNameSessionRepository<?> repository = this.sessions.getIfAvailable();
		if (repository == null) {
			return 0;
		}
		var found = repository.findByPrincipalName(username).keySet();
		found.forEach(repository::deleteById);
		return found.size();
	}

}
