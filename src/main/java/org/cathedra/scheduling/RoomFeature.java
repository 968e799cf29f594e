package org.cathedra.scheduling;

/** What a room offers; a session type may need one of these (a cytogenetics practical needs the lab). */
public enum RoomFeature {
    LECTURE_HALL, SEMINAR_ROOM, CYTOGENETICS_LAB, MOLECULAR_LAB, MICROSCOPY, SIMULATION, ONLINE
}
