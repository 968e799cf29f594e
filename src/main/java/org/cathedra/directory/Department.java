package org.cathedra.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.Objects;
import org.cathedra.shared.AbstractEntity;
import org.cathedra.shared.DomainException;
import org.cathedra.shared.Text;
import org.jspecify.annotations.Nullable;

/** A department of the institute, named in Russian and English, with a head teacher. */
@Entity
@Table(name = "department")
public class Department extends AbstractEntity {

    public static final int CODE_MAX = 20;
    public static final int NAME_MAX = 200;

    @Column(nullable = false, unique = true, length = CODE_MAX)
    private String code = "";

    @Column(name = "name_ru", nullable = false, length = NAME_MAX)
    private String nameRu = "";

    @Column(name = "name_en", nullable = false, length = NAME_MAX)
    private String nameEn = "";

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "head_id")
    private @Nullable Teacher head;

    @Column(nullable = false)
    private boolean active = true;

    protected Department() {
    }

    public Department(String code, String nameRu, String nameEn) {
        rename(code, nameRu, nameEn);
    }

    /** Sets the code and both names, refusing blank or over-long values. */
    public void rename(String code, String nameRu, String nameEn) {
        this.code = normalizeCode(code);
        this.nameRu = Text.required(nameRu, "department.nameRu", NAME_MAX);
        this.nameEn = Text.required(nameEn, "department.nameEn", NAME_MAX);
    }

    /** A code as stored: trimmed, upper case, not blank, at most {@link #CODE_MAX} characters. */
    public static String normalizeCode(@Nullable String code) {
        return Text.required(code, "department.code", CODE_MAX).toUpperCase(Locale.ROOT);
    }

    public String getCode() {
        return code;
    }

    public String getNameRu() {
        return nameRu;
    }

    public String getNameEn() {
        return nameEn;
    }

    /** The name in the given language (Russian for "ru", English otherwise). */
    public String name(Locale locale) {
        return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
    }

    public @Nullable Teacher getHead() {
        return head;
    }

    /** Appoints the head (or leaves the department without one): only an active teacher of this department. */
    public void setHead(@Nullable Teacher head) {
        if (head != null && (!Objects.equals(head.getDepartment().getId(), getId()) || !head.isActive())) {
            throw new DomainException("error.department.head", head.getFullName());
        }
        this.head = head;
    }

    public boolean isActive() {
        return active;
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }
}
