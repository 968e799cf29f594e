package org.cathedra.directory;

import org.jspecify.annotations.Nullable;

/**
 * What the edit forms of teachers and students share: the name, the e-mail, the version the record was read at,
 * and an optional new login (user name and initial password) for a person who has none yet.
 */
public abstract class PersonForm {

    private @Nullable Long id;
    private long version;
    private String lastName = "";
    private String firstName = "";
    private @Nullable String middleName;
    private @Nullable String email;
    private @Nullable String login;
    private boolean createLogin;
    private String username = "";
    private String password = "";

    protected PersonForm() {
    }

    void read(Person person, @Nullable String existingLogin) {
        id = person.getId();
        version = person.getVersion();
        lastName = person.getLastName();
        firstName = person.getFirstName();
        middleName = person.getMiddleName();
        email = person.getEmail();
        login = existingLogin;
    }

    public @Nullable Long getId() {
        return id;
    }

    public boolean isNew() {
        return id == null;
    }

    public long getVersion() {
        return version;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(@Nullable String lastName) {
        this.lastName = lastName == null ? "" : lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(@Nullable String firstName) {
        this.firstName = firstName == null ? "" : firstName;
    }

    public @Nullable String getMiddleName() {
        return middleName;
    }

    public void setMiddleName(@Nullable String middleName) {
        this.middleName = middleName;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email;
    }

    /** The user name of the person's existing login, if they have one. */
    public @Nullable String getLogin() {
        return login;
    }

    public boolean isCreateLogin() {
        return createLogin;
    }

    public void setCreateLogin(boolean createLogin) {
        this.createLogin = createLogin;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(@Nullable String username) {
        this.username = username == null ? "" : username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(@Nullable String password) {
        this.password = password == null ? "" : password;
    }
}
