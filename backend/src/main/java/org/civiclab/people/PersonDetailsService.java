package org.civiclab.people;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs people in with the users and BCrypt hashes stored in the database.
 */
@Service
class PersonDetailsService implements UserDetailsService {

	private final PersonRepository people;

	PersonDetailsService(PersonRepository people) {
		this.people = people;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		Person person = this.people.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
		return User.withUsername(person.getUsername())
			.password(person.getPasswordHash())
			.disabled(!person.isActive())
			.roles(person.getRoles().stream().map(Role::name).toArray(String[]::new))
			.build();
	}

}
