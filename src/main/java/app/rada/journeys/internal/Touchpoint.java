package app.rada.journeys.internal;

import app.rada.journeys.TouchpointChannel;
import app.rada.journeys.TouchpointDraft;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A place in a stage where the customer meets the company. */
@Entity
@Table(name = "journey_touchpoint")
public class Touchpoint implements Positioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "map_id", nullable = false)
    private long mapId;

    @Column(name = "stage_id", nullable = false)
    private long stageId;

    @Column(nullable = false, length = TouchpointDraft.NAME_MAX)
    private String name;

    @Column(nullable = false, length = TouchpointDraft.DESCRIPTION_MAX)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TouchpointChannel channel;

    @Column(name = "front_office", nullable = false, length = TouchpointDraft.DEPARTMENT_MAX)
    private String frontOffice;

    @Column(name = "back_office", nullable = false, length = TouchpointDraft.DEPARTMENT_MAX)
    private String backOffice;

    @Column(nullable = false)
    private int position;

    protected Touchpoint() {
        this.name = "";
        this.description = "";
        this.channel = TouchpointChannel.OTHER;
        this.frontOffice = "";
        this.backOffice = "";
    }

    public Touchpoint(long mapId, long stageId, TouchpointDraft draft, int position) {
        this.mapId = mapId;
        this.stageId = stageId;
        this.position = position;
        this.name = draft.name();
        this.description = draft.description();
        this.channel = draft.channel();
        this.frontOffice = draft.frontOffice();
        this.backOffice = draft.backOffice();
    }

    public void edit(TouchpointDraft draft) {
        this.name = draft.name();
        this.description = draft.description();
        this.channel = draft.channel();
        this.frontOffice = draft.frontOffice();
        this.backOffice = draft.backOffice();
    }

    public TouchpointDraft draft() {
        return new TouchpointDraft(name, description, channel, frontOffice, backOffice);
    }

    public long getId() {
        return id == null ? 0 : id;
    }

    public long getMapId() {
        return mapId;
    }

    /** Moves the touchpoint to another stage of the same map (its position is set by the caller). */
    public void moveToStage(long otherStageId) {
        this.stageId = otherStageId;
    }

    public long getStageId() {
        return stageId;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public TouchpointChannel getChannel() {
        return channel;
    }

    public String getFrontOffice() {
        return frontOffice;
    }

    public String getBackOffice() {
        return backOffice;
    }

    @Override
    public int getPosition() {
        return position;
    }

    @Override
    public void setPosition(int position) {
        this.position = position;
    }
}
