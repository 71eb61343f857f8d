package org.civiclab.idea;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who follows an idea, to be told of what happens to it. Anyone who may see an idea may
 * follow it ({@link FollowingController}); its authors follow it from the start.
 */
@Service
public class Followers {

	private final JdbcTemplate jdbc;

	Followers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Follows the idea; following twice is following once. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void follow(Long ideaId, Collection<Long> personIds) {
		Timestamp now = Timestamp.from(Instant.now());
		for (Long personId : personIds) {
			this.jdbc.update("""
					insert into idea_follower (idea_id, person_id, created_at) select ?, ?, ? where not exists
					(select 1 from idea_follower f where f.idea_id = ? and f.person_id = ?)""", ideaId, personId, now,
					ideaId, personId);
		}
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void unfollow(Long ideaId, Long personId) {
		this.jdbc.update("delete from idea_follower where idea_id = ? and person_id = ?", ideaId, personId);
	}

	@Transactional(readOnly = true)
	public boolean follows(Long ideaId, Long personId) {
		return !this.jdbc
			.queryForList("select 1 from idea_follower where idea_id = ? and person_id = ?", Integer.class, ideaId,
					personId)
			.isEmpty();
	}

	/** The people who follow the idea. */
	@Transactional(readOnly = true)
	public List<Long> of(Long ideaId) {
		return this.jdbc.queryForList("select person_id from idea_follower where idea_id = ? order by person_id",
				Long.class, ideaId);
	}

}
