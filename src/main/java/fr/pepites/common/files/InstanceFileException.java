package fr.pepites.common.files;

import java.util.List;

/** An instance or assignment file (matching, twinnings) that cannot be used: every fault with its line and field, in French. */
public class InstanceFileException extends RuntimeException {

    private final List<String> faults;

    public InstanceFileException(List<String> faults) {
        super(String.join("\n", faults));
        this.faults = List.copyOf(faults);
    }

    public List<String> faults() {
        return faults;
    }
}
