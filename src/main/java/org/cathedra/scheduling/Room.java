package org.cathedra.scheduling;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.Set;
import org.cathedra.shared.AbstractEntity;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.Text;

/** A teaching room: seats limited by its capacity, and the features it offers. Deactivated, never deleted. */
@Entity
@Table(name = "room")
public class Room extends AbstractEntity {

    public static final int CODE_MAX = 20;
    public static final int NAME_MAX = 100;
    public static final int MAX_CAPACITY = 1000;

    @Column(nullable = false, length = CODE_MAX)
    private String code;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false)
    private int capacity;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "room_feature", joinColumns = @JoinColumn(name = "room_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "feature", length = 20, nullable = false)
    private Set<RoomFeature> features = EnumSet.noneOf(RoomFeature.class);

    @Column(nullable = false)
    private boolean active = true;

    protected Room() {
    }

    public Room(String code, String name, int capacity, Set<RoomFeature> features) {
        define(code, name, capacity, features);
    }

    /** Sets what the room is; the code and name are trimmed, the capacity must be 1 to 1000. */
    public final void define(String code, String name, int capacity, Set<RoomFeature> features) {
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new DomainException("error.room.capacity", MAX_CAPACITY);
        }
        this.code = Text.required(code, "room.code", CODE_MAX);
        this.name = Text.required(name, "room.name", NAME_MAX);
        this.capacity = capacity;
        this.features = features.isEmpty() ? EnumSet.noneOf(RoomFeature.class) : EnumSet.copyOf(features);
    }

    public boolean has(RoomFeature feature) {
        return features.contains(feature);
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getCapacity() {
        return capacity;
    }

    public Set<RoomFeature> getFeatures() {
        return features.isEmpty() ? EnumSet.noneOf(RoomFeature.class) : EnumSet.copyOf(features);
    }

    public boolean isActive() {
        return active;
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    /** The room as shown in lists: "A-101 · Lecture hall". */
    public String label() {
        return code + " · " + name;
    }
}
