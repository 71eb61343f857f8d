package org.civiclab.challenge;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.civiclab.people.Secrets;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents who take part without an account: one row per e-mail address, read only to
 * mail them, and the links of their mails, of which only a hash is kept
 * (docs/adr/0040-challenges.md).
 */
@Component
class Citizens {

	/** What a link in a resident's mail does. */
	enum TokenKind {

		SUGGESTION, SUPPORT, ERASURE

	}

	/** A resident as the mails need them. */
	record Citizen(Long id, String email, String language) {
	}

	/** A link's row: whose, what for, and whether it was used. */
	record Token(String hash, Long citizenId, TokenKind kind, Long suggestionId, boolean used) {
	}

	private final JdbcTemplate jdbc;

	Citizens(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The address as it is kept and compared: trimmed, in lower case. */
	static String normalised(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	/** The resident of this address, made if new; their language is the latest asked. */
	@Transactional(propagation = Propagation.MANDATORY)
	Citizen of(String email, String language) {
		String address = normalised(email);
		Optional<Long> found = find(address);
		if (found.isEmpty()) {
			try {
				this.jdbc.update("insert into citizen (email, language, created_at) values (?, ?, ?)", address,
						language, Timestamp.from(Instant.now()));
			}
			catch (DuplicateKeyException ex) {
				// Made at the same moment by another request: that row is theirs too.
			}
			found = find(address);
		}
		else {
			this.jdbc.update("update citizen set language = ? where id = ?", language, found.get());
		}
		return new Citizen(found.orElseThrow(), address, language);
	}

	Optional<Citizen> byId(Long id) {
		return this.jdbc
			.query("select id, email, language from citizen where id = ? and email is not null",
					(row, n) -> new Citizen(row.getLong(1), row.getString(2), row.getString(3)), id)
			.stream()
			.findFirst();
	}

	/** A new link for the resident; answers the token itself, which is not kept. */
	@Transactional(propagation = Propagation.MANDATORY)
	String issue(Long citizenId, TokenKind kind, Long suggestionId) {
		String token = Secrets.randomToken();
		this.jdbc.update(
				"insert into citizen_token (token_hash, citizen_id, kind, suggestion_id, created_at) values (?, ?, ?, ?, ?)",
				Secrets.sha256Hex(token), citizenId, kind.name(), suggestionId, Timestamp.from(Instant.now()));
		return token;
	}

	/** The link's row, locked until the transaction ends, if the link is known. */
	@Transactional(propagation = Propagation.MANDATORY)
	Optional<Token> token(String token) {
		return this.jdbc
			.query("""
					select token_hash, citizen_id, kind, suggestion_id, used_at from citizen_token
					where token_hash = ? for update""",
					(row, n) -> new Token(row.getString(1), row.getLong(2), TokenKind.valueOf(row.getString(3)),
							(Long) row.getObject(4, Long.class), row.getTimestamp(5) != null),
					Secrets.sha256Hex(token))
			.stream()
			.findFirst();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void use(Token token) {
		this.jdbc.update("update citizen_token set used_at = ? where token_hash = ?", Timestamp.from(Instant.now()),
				token.hash());
	}

	/**
	 * Empties the resident's row and forgets their links; the row stays, anonymous, so
	 * that their confirmed supports keep being counted. Answers the address it held.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	Optional<String> erase(Long citizenId) {
		Optional<String> address = this.jdbc
			.queryForList("select email from citizen where id = ? and email is not null", String.class, citizenId)
			.stream()
			.findFirst();
		this.jdbc.update("delete from citizen_token where citizen_id = ?", citizenId);
		this.jdbc.update("update citizen set email = null, erased_at = ? where id = ?", Timestamp.from(Instant.now()),
				citizenId);
		return address;
	}

	/** The residents who came before this instant and are not erased yet. */
	List<Long> before(Instant cutoff) {
		return this.jdbc.queryForList("select id from citizen where email is not null and created_at < ?", Long.class,
				Timestamp.from(cutoff));
	}

	private Optional<Long> find(String address) {
		return this.jdbc.queryForList("select id from citizen where email = ?", Long.class, address)
			.stream()
			.findFirst();
	}

}
