package dev.refflow.api;

/** A request parameter has a value RefFlow cannot use. The message names the parameter and what is allowed. */
public final class InvalidRequestException extends IllegalArgumentException {
    private final String parameter;

    public InvalidRequestException(String parameter, String message) {
        super(parameter + ": " + message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
