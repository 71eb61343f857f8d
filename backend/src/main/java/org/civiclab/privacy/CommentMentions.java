package org.civiclab.privacy;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Comments that name an erased person, whoever wrote them: their name and e-mail address
 * become the pseudonym's name; the rest of the text stays. Not in the download: the
 * comments are their writers', on ideas the person may no longer see.
 */
@Component
class CommentMentions {

	private final NamedParameterJdbcTemplate jdbc;

	CommentMentions(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** How many comments named the person. */
	int pseudonymise(DataSubject subject, Pseudonym pseudonym) {
		Mentions mentions = new Mentions(subject);
		String email = (subject.email() != null && !subject.email().isBlank()) ? subject.email()
				: subject.displayName();
		List<Map<String, Object>> candidates = this.jdbc.query("""
				select id, body from idea_comment
				where lower(body) like :nameLike escape '\\' or lower(body) like :emailLike escape '\\'
				   or lower(body) like :usernameLike escape '\\'""",
				new MapSqlParameterSource("nameLike", Mentions.like(subject.displayName()))
					.addValue("emailLike", Mentions.like(email))
					.addValue("usernameLike", Mentions.like(subject.username())),
				Rows.NAMED);
		int changed = 0;
		for (Map<String, Object> row : candidates) {
			String body = (String) row.get("body");
			if (mentions.in(body)) {
				this.jdbc.update("update idea_comment set body = :body where id = :id",
						new MapSqlParameterSource("id", row.get("id")).addValue("body",
								mentions.replacedIn(body, pseudonym)));
				changed++;
			}
		}
		return changed;
	}

}
