package org.civiclab.scim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** SCIM 2.0 users (RFC 7644 §3): what a directory provisions. */
@RestController
@RequestMapping("/scim/v2/Users")
class ScimUsersController {

	private final ScimUsers users;

	private final ScimClient client;

	ScimUsersController(ScimUsers users, ScimClient client) {
		this.users = users;
		this.client = client;
	}

	@GetMapping
	ResponseEntity<ObjectNode> list(@RequestParam(required = false) String filter,
			@RequestParam(defaultValue = "1") int startIndex, @RequestParam(defaultValue = "100") int count) {
		return ok(this.users.list(this.client.organisationId(), filter, startIndex, count));
	}

	@PostMapping
	ResponseEntity<ObjectNode> create(@RequestBody JsonNode body) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.contentType(ScimJson.MEDIA_TYPE)
			.body(this.users.create(this.client.organisationId(), body));
	}

	@GetMapping("/{userId}")
	ResponseEntity<ObjectNode> read(@PathVariable Long userId) {
		return ok(this.users.read(this.client.organisationId(), userId));
	}

	@PutMapping("/{userId}")
	ResponseEntity<ObjectNode> replace(@PathVariable Long userId, @RequestBody JsonNode body) {
		return ok(this.users.replace(this.client.organisationId(), userId, body));
	}

	@PatchMapping("/{userId}")
	ResponseEntity<ObjectNode> patch(@PathVariable Long userId, @RequestBody JsonNode body) {
		return ok(this.users.patch(this.client.organisationId(), userId, body));
	}

	@DeleteMapping("/{userId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable Long userId) {
		this.users.delete(this.client.organisationId(), userId);
	}

	static ResponseEntity<ObjectNode> ok(ObjectNode body) {
		return ResponseEntity.ok().contentType(ScimJson.MEDIA_TYPE).body(body);
	}

}
