package app.rada.webhooks;

/** A signing secret just made for an endpoint, shown to the administrator this once. */
public record NewSecret(long endpointId, String secret) {

    @Override
    public String toString() {
        // never in logs or exception messages
        return "NewSecret[endpointId=" + endpointId + "]";
    }
}
