package org.cathedra.scheduling;

import java.util.List;
import java.util.Set;
import org.cathedra.directory.CathedraUser;
import org.cathedra.directory.CurrentUser;
import org.cathedra.scheduling.internal.RoomRepository;
import org.cathedra.shared.AuditedChange;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.NotFoundException;
import org.cathedra.shared.Roles;
import org.cathedra.shared.SearchPattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register of rooms, kept by the office: codes are unique, rooms are deactivated rather than deleted. */
@Service
@PreAuthorize(Roles.IS_ADMIN)
@Transactional(readOnly = true)
public class RoomService {

    private final RoomRepository rooms;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final java.time.Clock clock;

    RoomService(RoomRepository rooms, ApplicationEventPublisher events, CurrentUser currentUser,
            java.time.Clock clock) {
        this.rooms = rooms;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Rooms whose code or name contains {@code text}; inactive ones only when asked. */
    public Page<Room> list(@Nullable String text, boolean inactive, Pageable pageable) {
        return rooms.search(SearchPattern.containing(text), inactive, pageable);
    }

    /** Active rooms by code, for placing sessions. */
    public List<Room> active() {
        return rooms.findByActiveTrueOrderByCode();
    }

    /** Registers a room; the code must be new. */
    @Transactional
    public Room create(String code, String name, int capacity, Set<RoomFeature> features) {
        Room room = new Room(code, name, capacity, features);
        if (rooms.existsByCodeIgnoreCase(room.getCode())) {
            throw new DomainException("error.room.duplicate", room.getCode());
        }
        rooms.saveAndFlush(room);
        audit(room, "created", null);
        return room;
    }

    /** Corrects a room. */
    @Transactional
    public Room update(long id, long version, String code, String name, int capacity, Set<RoomFeature> features) {
        Room room = edited(id, version);
        String before = describe(room);
        String oldCode = room.getCode();
        room.define(code, name, capacity, features);
        if (!room.getCode().equalsIgnoreCase(oldCode) && rooms.existsByCodeIgnoreCase(room.getCode())) {
            throw new DomainException("error.room.duplicate", room.getCode());
        }
        rooms.flush();
        audit(room, "changed", before);
        return room;
    }

    /** Takes a room out of use; its past sessions keep it. */
    @Transactional
    public Room deactivate(long id, long version) {
        Room room = edited(id, version);
        room.deactivate();
        audit(room, "deactivated", null);
        return room;
    }

    @Transactional
    public Room activate(long id, long version) {
        Room room = edited(id, version);
        room.activate();
        audit(room, "activated", null);
        return room;
    }

    private Room edited(long id, long version) {
        Room room = rooms.findById(id).orElseThrow(() -> new NotFoundException("scheduling.record.room", id));
        if (room.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Room.class, id);
        }
        return room;
    }

    private void audit(Room room, String action, @Nullable String before) {
        events.publishEvent(new AuditedChange("room", String.valueOf(room.getId()), action,
                currentUser.get().map(CathedraUser::username).orElse(null), before, describe(room), null,
                clock.instant()));
    }

    private static String describe(Room room) {
        return room.getCode() + " " + room.getName() + ", " + room.getCapacity() + " seats, " + room.getFeatures()
                + (room.isActive() ? "" : ", inactive");
    }
}
