package org.civiclab.idea;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommentRepository extends JpaRepository<Comment, Long> {

	List<Comment> findByIdeaIdAndRegionThreadOrderByCreatedAtAscIdAsc(Long ideaId, boolean regionThread);

}
