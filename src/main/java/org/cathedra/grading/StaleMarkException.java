package org.cathedra.grading;

/** Someone else saved the cell first: the save is refused and the current value is told. */
public class StaleMarkException extends org.cathedra.shared.DomainException {

    private final transient Gradebook.Cell current;

    public StaleMarkException(Gradebook.Cell current) {
        super("grading.error.stale", current.text().isEmpty() ? "—" : current.text());
        this.current = current;
    }

    public Gradebook.Cell current() {
        return current;
    }
}
