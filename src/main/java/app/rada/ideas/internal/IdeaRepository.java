package app.rada.ideas.internal;

import app.rada.ideas.internal.Idea;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface IdeaRepository extends JpaRepository<Idea, Long> {

    @Query("select count(i) from Idea i where i.authorId = :authorId and i.createdAt > :since")
    long countSubmittedSince(long authorId, Instant since);

    long countByAuthorId(long authorId);

    List<Idea> findByTouchpointIdInOrderByCreatedAtDesc(Collection<Long> touchpointIds);

    List<Idea> findByTouchpointIdInAndDoneAtBetweenOrderByDoneAtAsc(Collection<Long> touchpointIds, Instant from,
                                                                     Instant to);
}
