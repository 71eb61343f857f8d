package org.civiclab.notification;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.civiclab.idea.IdeaEvent.Kind;
import org.civiclab.people.CurrentUser;
import org.civiclab.people.CurrentUsers;
import org.civiclab.people.Organisation;
import org.civiclab.people.Person;
import org.civiclab.people.PersonRepository;
import org.civiclab.web.Problems;

import org.springframework.lang.Nullable;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * My notification settings: the language of my mails, and how I am told of each kind of
 * event by e-mail (at once, daily or weekly digest, or not). The notification centre
 * shows everything either way.
 */
@RestController
@RequestMapping("/api/me/notification-settings")
class NotificationSettingsController {

	private final PersonRepository people;

	private final CurrentUsers currentUsers;

	private final Preferences preferences;

	NotificationSettingsController(PersonRepository people, CurrentUsers currentUsers, Preferences preferences) {
		this.people = people;
		this.currentUsers = currentUsers;
		this.preferences = preferences;
	}

	/** My notification settings, every kind of event with how I get it. */
	@GetMapping
	@Transactional(readOnly = true)
	NotificationSettings settings() {
		CurrentUser user = this.currentUsers.current();
		return view(this.people.findById(user.id()).orElseThrow());
	}

	/**
	 * Change my notification settings. The kinds named get the delivery given, the others
	 * keep theirs; a null language means my organisation's.
	 */
	@PutMapping
	@Transactional
	NotificationSettings change(@Valid @RequestBody SettingsChange change) {
		CurrentUser user = this.currentUsers.current();
		if (change.language() != null && !Organisation.LANGUAGES.contains(change.language())) {
			throw Problems.invalid("language", "notification.language", Organisation.LANGUAGES);
		}
		Map<Kind, Delivery> choices = new EnumMap<>(Kind.class);
		for (KindDelivery choice : change.deliveries()) {
			if (choices.put(choice.kind(), choice.delivery()) != null) {
				throw Problems.invalid("deliveries", "notification.delivery-twice", choice.kind());
			}
		}
		Person person = this.people.findById(user.id()).orElseThrow();
		person.setLanguage(change.language());
		this.preferences.set(person.getId(), choices);
		return view(person);
	}

	private NotificationSettings view(Person person) {
		return new NotificationSettings(person.getLanguage(), person.getEmail(),
				this.preferences.of(person.getId())
					.entrySet()
					.stream()
					.map((entry) -> new KindDelivery(entry.getKey(), entry.getValue()))
					.toList());
	}

	/**
	 * My settings.
	 *
	 * @param language of my mails; null: my organisation's
	 * @param email where my mails go (from my profile or the directory); null: none are
	 * sent
	 */
	record NotificationSettings(@Nullable String language, @Nullable String email, List<KindDelivery> deliveries) {
	}

	/** How one kind of event reaches me by e-mail. */
	record KindDelivery(@NotNull Kind kind, @NotNull Delivery delivery) {
	}

	/** The settings I change. */
	record SettingsChange(@Nullable String language, @NotNull List<@Valid @NotNull KindDelivery> deliveries) {
	}

}
