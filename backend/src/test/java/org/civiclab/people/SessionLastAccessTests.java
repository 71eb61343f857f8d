package org.civiclab.people;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.Session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

class SessionLastAccessTests {

	private final Instant start = Instant.parse("2026-12-01T09:00:00Z");

	private final MapSession stored = new MapSession();

	private final SessionLastAccess.Coarse session = new SessionLastAccess.Coarse(this.stored);

	SessionLastAccessTests() {
		this.stored.setLastAccessedTime(this.start);
	}

	@Test
	void anAccessWithinAMinuteOfTheStoredOneLeavesItAsItIs() {
		this.session.setLastAccessedTime(this.start.plusSeconds(59));

		assertThat(this.stored.getLastAccessedTime()).isEqualTo(this.start);
	}

	@Test
	void anAccessAMinuteOrMoreLaterMovesIt() {
		this.session.setLastAccessedTime(this.start.plusSeconds(60));

		assertThat(this.stored.getLastAccessedTime()).isEqualTo(this.start.plusSeconds(60));
	}

	@Test
	void whatElseIsSetReachesTheStoredSession() {
		this.session.setAttribute("colour", "green");
		String oldId = this.stored.getId();

		String newId = this.session.changeSessionId();

		assertThat(this.stored.<String>getAttribute("colour")).isEqualTo("green");
		assertThat(newId).isNotEqualTo(oldId).isEqualTo(this.stored.getId());
	}

	@Test
	void aSessionNothingWasSetInIsNotSaved() {
		Sessions sessions = new Sessions();
		SessionLastAccess.Coarse read = sessions.coarse.findById(this.stored.getId());

		read.getAttribute("colour");
		read.setLastAccessedTime(this.start.plusSeconds(30));
		sessions.coarse.save(read);

		verify(sessions.repository, never()).save(this.stored);
	}

	@Test
	void aSessionSomethingWasSetInIsSaved() {
		Sessions sessions = new Sessions();
		SessionLastAccess.Coarse read = sessions.coarse.findById(this.stored.getId());

		read.setAttribute("colour", "green");
		sessions.coarse.save(read);

		verify(sessions.repository).save(this.stored);
	}

	@Test
	void whereAttributesAreNotSavedWhenSetEverySessionIsSaved() {
		Sessions sessions = new Sessions(false);
		SessionLastAccess.Coarse read = sessions.coarse.findById(this.stored.getId());

		sessions.coarse.save(read);

		verify(sessions.repository).save(this.stored);
	}

	@Test
	void theSessionJustSavedIsNotReadAgainWithinTheRequest() {
		Sessions sessions = new Sessions();
		SessionLastAccess.Coarse read = sessions.coarse.findById(this.stored.getId());
		sessions.coarse.save(read);

		SessionLastAccess.Coarse again = sessions.coarse.findById(this.stored.getId());

		assertThat(again).isSameAs(read);
		verify(sessions.repository).findById(this.stored.getId());
	}

	@Test
	void afterTheRequestTheSessionIsReadAgain() {
		Sessions sessions = new Sessions();
		sessions.coarse.save(sessions.coarse.findById(this.stored.getId()));
		SessionLastAccess.forgetSaved();

		SessionLastAccess.Coarse next = sessions.coarse.findById(this.stored.getId());

		assertThat(next).isNotNull();
		verify(sessions.repository, times(2)).findById(this.stored.getId());
	}

	@Test
	void theSessionJustSavedAnswersOnlyOnceAndOnlyForItsId() {
		Sessions sessions = new Sessions();
		sessions.coarse.save(sessions.coarse.findById(this.stored.getId()));

		assertThat(sessions.coarse.findById("another")).isNull();
		sessions.coarse.findById(this.stored.getId());

		verify(sessions.repository, times(2)).findById(this.stored.getId());
	}

	/**
	 * The stored session behind a repository, and the repository writing last access
	 * coarsely.
	 */
	private final class Sessions {

		@SuppressWarnings("unchecked")
		final FindByIndexNameSessionRepository<Session> repository = mock(FindByIndexNameSessionRepository.class);

		final SessionLastAccess coarse;

		Sessions() {
			this(true);
		}

		Sessions(boolean skipUnchanged) {
			// Not expired: a session read a moment ago.
			SessionLastAccessTests.this.stored.setLastAccessedTime(Instant.now());
			given(this.repository.findById(SessionLastAccessTests.this.stored.getId()))
				.willReturn(SessionLastAccessTests.this.stored);
			given(this.repository.findByIndexNameAndIndexValue("x", "y")).willReturn(Map.of());
			this.coarse = new SessionLastAccess(this.repository, skipUnchanged);
			SessionLastAccess.forgetSaved();
		}

	}

}
