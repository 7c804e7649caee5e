package app.rada.people.internal;

import app.rada.people.internal.Segment;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SegmentRepository extends JpaRepository<Segment, Long> {

    Optional<Segment> findByCode(String code);
}
