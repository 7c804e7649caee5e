package app.rada.notifications.internal;

import app.rada.notifications.NotificationKind;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findByPersonIdOrderByCreatedAtDescIdDesc(long personId, Pageable page);

    long countByPersonId(long personId);

    long countByPersonIdAndReadAtIsNull(long personId);

    @Modifying
    @Query("update Notification n set n.readAt = :now where n.personId = :personId and n.readAt is null")
    int markAllRead(long personId, Instant now);

    @Query("select n from Notification n where n.readAt is null and n.createdAt > :since and n.personId = :personId "
            + "and n.kind in :kinds order by n.createdAt")
    List<Notification> unreadSince(long personId, Instant since, List<NotificationKind> kinds);

    @Query("select distinct n.personId from Notification n where n.readAt is null and n.createdAt > :since")
    List<Long> peopleWithUnreadSince(Instant since);

    @Modifying
    @Query("delete from Notification n where n.personId = :personId")
    int deleteByPerson(long personId);
}
