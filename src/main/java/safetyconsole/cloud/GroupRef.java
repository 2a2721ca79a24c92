package safetyconsole.cloud;

import java.util.Objects;

/** A security group as EC2 lists it on an instance: id and name. */
public record GroupRef(String id, String name) {

    public GroupRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
