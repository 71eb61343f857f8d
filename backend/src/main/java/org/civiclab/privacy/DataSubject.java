package org.civiclab.privacy;

/**
 * The person whose data is downloaded or erased, as the records find them.
 *
 * @param id the person's id
 * @param username their username
 * @param displayName their name
 * @param email their e-mail address, if any
 * @param organisationId their organisation
 */
public record DataSubject(Long id, String username, String displayName, String email, Long organisationId) {
}
