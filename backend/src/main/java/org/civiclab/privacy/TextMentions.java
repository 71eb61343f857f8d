package org.civiclab.privacy;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Free text that names an erased person, whoever wrote it: comments, reviewers' notes,
 * and the mails that told others of what the person did. Their name and e-mail address
 * become the pseudonym's name; the rest of the text stays. Not in the download: the texts
 * are their writers' and their recipients'.
 */
@Component
class TextMentions {

	/** Each table with free text, and its text columns. */
	private static final Map<String, List<String>> TEXTS = Map.of("idea_comment", List.of("body"), "review",
			List.of("notes"), "outgoing_mail", List.of("subject", "text_body", "html_body"));

	private final NamedParameterJdbcTemplate jdbc;

	TextMentions(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** How many texts named the person. */
	int pseudonymise(DataSubject subject, Pseudonym pseudonym) {
		Mentions mentions = new Mentions(subject);
		String email = (subject.email() != null && !subject.email().isBlank()) ? subject.email()
				: subject.displayName();
		MapSqlParameterSource likes = new MapSqlParameterSource("nameLike", Mentions.like(subject.displayName()))
			.addValue("emailLike", Mentions.like(email))
			.addValue("usernameLike", Mentions.like(subject.username()));
		int changed = 0;
		for (Map.Entry<String, List<String>> table : TEXTS.entrySet()) {
			for (String column : table.getValue()) {
				changed += pseudonymise(table.getKey(), column, mentions, likes, pseudonym);
			}
		}
		return changed;
	}

	private int pseudonymise(String table, String column, Mentions mentions, MapSqlParameterSource likes,
			Pseudonym pseudonym) {
		List<Map<String, Object>> candidates = this.jdbc.query("""
				select id, %2$s as text from %1$s
				where lower(%2$s) like :nameLike escape '\\' or lower(%2$s) like :emailLike escape '\\'
				   or lower(%2$s) like :usernameLike escape '\\'""".formatted(table, column), likes, Rows.NAMED);
		int changed = 0;
		for (Map<String, Object> row : candidates) {
			String text = (String) row.get("text");
			if (mentions.in(text)) {
				this.jdbc.update("update %s set %s = :text where id = :id".formatted(table, column),
						new MapSqlParameterSource("id", row.get("id")).addValue("text",
								mentions.replacedIn(text, pseudonym)));
				changed++;
			}
		}
		return changed;
	}

}
