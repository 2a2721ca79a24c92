package safetyconsole.audit;

/** What the operator did to be allowed: the text they typed, their arming reason and session. */
public record Evidence(String typedText, String reason, String armingSessionId) {
}
